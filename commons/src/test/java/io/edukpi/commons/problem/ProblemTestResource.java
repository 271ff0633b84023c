package io.edukpi.commons.problem;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;

import io.edukpi.commons.message.Text;

/** Endpoints that fail in every way a real one can, so the mapping is tested once for all services. */
@Path("/test/problems")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProblemTestResource {

    public record School(
            @NotBlank @Pattern(regexp = "\\d{10}") String code,
            @NotBlank String name,
            @NotNull LocalDate founded,
            @Size(max = 2) List<@Valid Teacher> teachers) {
    }

    public record Teacher(@NotBlank String name, @Min(18) @Max(70) int age) {
    }

    @POST
    @Path("/schools")
    public School create(@Valid @NotNull School school) {
        return school;
    }

    @GET
    @Path("/schools/{code}")
    public School get(@PathParam("code") String code) {
        throw ProblemException.notFound(new Text("School '" + code + "' does not exist or is not visible to you.",
                "ไม่พบสถานศึกษา '" + code + "' หรือท่านไม่มีสิทธิ์เข้าถึง"));
    }

    /** As RESTEasy answers when content negotiation meets an Accept it cannot weigh. */
    @GET
    @Path("/formats")
    public Response formats() {
        throw new BadRequestException("Media type q value must be a float");
    }

    @GET
    @Path("/page")
    public List<School> page(@QueryParam("limit") @Min(1) @Max(100) int limit) {
        return List.of();
    }

    public record Measure(String label, BigDecimal value, JsonNode details) {
    }

    @POST
    @Path("/measures")
    public Measure measure(Measure measure) {
        return measure;
    }

    @GET
    @Path("/bare")
    public Response bare() {
        return Response.status(412).build();
    }

    @Inject
    DataSource dataSource;

    /** Holds every pooled connection and asks for one more, as calls do while the database is paused. */
    @GET
    @Path("/database-exhausted")
    public String databaseExhausted() throws SQLException {
        List<Connection> held = new ArrayList<>();
        try {
            while (true) {
                held.add(dataSource.getConnection());
            }
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
    }

    @GET
    @Path("/database-connection-lost")
    public String databaseConnectionLost() {
        throw new PersistenceException("could not execute statement",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"));
    }

    @GET
    @Path("/crash")
    public String crash() {
        throw new IllegalStateException("secret internal detail at com.example.Secret");
    }
}
