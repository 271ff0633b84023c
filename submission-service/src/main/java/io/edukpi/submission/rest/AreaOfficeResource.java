package io.edukpi.submission.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.edukpi.commons.security.Roles;
import io.edukpi.submission.domain.SubmissionMessage.Examples;
import io.edukpi.submission.persistence.AreaOfficeEntity;
import io.edukpi.submission.service.OfficeDirectory;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;

/** The area offices results belong to (the registry's statistics keep them up to date). */
@Path("/api/v1/submissions/area-offices")
@Tag(name = "Submissions")
@Produces(MediaType.APPLICATION_JSON)
public class AreaOfficeResource {

    private final OfficeDirectory offices;

    public AreaOfficeResource(OfficeDirectory offices) {
        this.offices = offices;
    }

    public record AreaOffice(String code, String nameTh, String kind) {
        static AreaOffice of(AreaOfficeEntity e) {
            return new AreaOffice(e.code, e.nameTh, e.kind);
        }
    }

    public record OfficeRequest(@NotBlank @Size(max = 300) String nameTh,
            @NotNull @Pattern(regexp = "PRIMARY|SECONDARY") String kind) {
    }

    @GET
    @Authenticated
    @Transactional
    @Operation(summary = Examples.AREA_OFFICES_SUMMARY)
    public List<AreaOffice> listAreaOffices() {
        return AreaOfficeEntity.<AreaOfficeEntity> listAll(Sort.by("code")).stream()
                .map(AreaOffice::of).toList();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.OBEC_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Register or rename an area office before its registry statistics arrive (obec-admin)")
    public AreaOffice registerAreaOffice(@PathParam("code") @Pattern(regexp = "[0-9A-Za-z-]{1,20}") String code,
            @NotNull @Valid OfficeRequest body) {
        return AreaOffice.of(offices.put(code, body.nameTh(), body.kind()));
    }
}
