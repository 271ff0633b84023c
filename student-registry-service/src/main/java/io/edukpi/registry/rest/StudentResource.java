package io.edukpi.registry.rest;

import java.net.URI;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.edukpi.commons.idempotency.IdempotentRequests;
import io.edukpi.commons.problem.ProblemError;
import io.edukpi.commons.problem.ProblemException;
import io.edukpi.commons.security.Roles;
import io.edukpi.registry.service.Access;
import io.edukpi.registry.service.ReferenceDataService;
import io.edukpi.registry.service.StudentService;

@Path("/api/v1/registry")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "Students and teachers: MIS upserts and reads")
public class StudentResource {

    private static final Set<String> CONFLICTS = Set.of("school-certified", "second-active-enrolment");

    private final StudentService students;
    private final ReferenceDataService reference;
    private final IdempotentRequests idempotency;
    private final Access access;
    private final ObjectMapper mapper;

    public StudentResource(StudentService students, ReferenceDataService reference, IdempotentRequests idempotency,
            Access access, ObjectMapper mapper) {
        this.students = students;
        this.reference = reference;
        this.idempotency = idempotency;
        this.access = access;
        this.mapper = mapper;
    }

    @POST
    @Path("/census-rounds/{roundId}/student-batches")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.SCHOOL_OFFICER, Roles.MIS_CLIENT })
    @Operation(summary = "Create or update up to 5,000 student records of a round in one request", description = "Each record is answered on its own: CREATED, UPDATED, UNCHANGED or REJECTED with errors. "
            + "A retry with the same Idempotency-Key returns the first answer and writes nothing.")
    public Response batch(@PathParam("roundId") long roundId,
            @Parameter(description = "a key unique per request; retries reuse it") @HeaderParam("Idempotency-Key") String key,
            @Valid @NotNull Api.StudentBatch body) {
        Set<String> schools = access.writableSchools();
        reference.openRoundOrFail(roundId);
        return idempotency.run(access.actor(), key, IdempotentRequests.fingerprint("POST batch " + roundId, json(body)),
                () -> Response.ok(students.upsert(roundId, body.records(), schools)).type(MediaType.APPLICATION_JSON).build());
    }

    @PUT
    @Path("/census-rounds/{roundId}/students/{citizenId}")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.SCHOOL_OFFICER, Roles.MIS_CLIENT })
    @Operation(summary = "Create or update one student record of a round by its natural key (citizen ID or G-code)")
    public Response put(@PathParam("roundId") long roundId, @PathParam("citizenId") String citizenId,
            @HeaderParam("Idempotency-Key") String key, @Valid @NotNull Api.Student body) {
        if (body.citizenId() != null && !body.citizenId().replace("-", "").replace(" ", "").equals(citizenId)) {
            throw ProblemException.invalid("The body's citizenId differs from the one in the path.",
                    "เลขประจำตัวประชาชนในข้อมูลไม่ตรงกับใน URL",
                    List.of(ProblemError.field("citizenId", "id-mismatch", "differs from the path", "ไม่ตรงกับใน URL")));
        }
        Api.Student record = new Api.Student(body.schoolCode(), citizenId, body.prefix(), body.firstName(), body.lastName(),
                body.birthDate(), body.classLevel(), body.studentNumber(), body.weightKg(), body.heightCm(), body.houseCode(),
                body.ethnicity(), body.nationality(), body.religion(), body.disability(), body.travelMode(), body.distanceKm(),
                body.subdistrictCode(), body.fatherName(), body.motherName(), body.fatherId(), body.motherId());
        Set<String> schools = access.writableSchools();
        reference.openRoundOrFail(roundId);
        return idempotency.run(access.actor(), key,
                IdempotentRequests.fingerprint("PUT " + roundId + "/" + citizenId, json(record)), () -> {
                    Api.RecordResult result = students.upsert(roundId, List.of(record), schools).results().get(0);
                    if ("REJECTED".equals(result.status())) {
                        throw rejected(result);
                    }
                    return "CREATED".equals(result.status())
                            ? Response
                                    .created(URI.create("/api/v1/registry/census-rounds/" + roundId + "/students/" + citizenId))
                                    .type(MediaType.APPLICATION_JSON).entity(result).build()
                            : Response.ok(result).type(MediaType.APPLICATION_JSON).build();
                });
    }

    private static ProblemException rejected(Api.RecordResult result) {
        List<ProblemError> errors = result.errors().stream()
                .map(e -> ProblemError.field(e.field(), e.code(), e.message(), e.messageTh()).withValue(e.value())).toList();
        if (errors.stream().anyMatch(e -> "school-not-permitted".equals(e.code()))) {
            return new ProblemException(403, "forbidden", "Forbidden", "ไม่มีสิทธิ์",
                    "You may not write the data of this school.", "ท่านไม่มีสิทธิ์บันทึกข้อมูลของโรงเรียนนี้", errors);
        }
        if (errors.stream().anyMatch(e -> CONFLICTS.contains(e.code()))) {
            return new ProblemException(409, "conflict", "Conflict with the current state", "ขัดแย้งกับสถานะปัจจุบันของข้อมูล",
                    errors.get(0).message(), errors.get(0).messageTh(), errors);
        }
        return ProblemException.invalid(errors.size() + " field(s) are not valid; see errors.",
                "ข้อมูล " + errors.size() + " รายการไม่ถูกต้อง ดูรายละเอียดใน errors", errors);
    }

    @PUT
    @Path("/teachers/{citizenId}")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.SCHOOL_OFFICER, Roles.MIS_CLIENT })
    @Operation(summary = "Create or update a teacher's 10 key items")
    public Response putTeacher(@PathParam("citizenId") String citizenId, @Valid @NotNull Api.Teacher body) {
        access.writableSchools();
        boolean created = students.putTeacher(citizenId, body, access);
        return (created ? Response.created(URI.create("/api/v1/registry/teachers/" + citizenId)) : Response.ok())
                .entity(new Api.RecordResult(0, citizenId, created ? "CREATED" : "UPDATED", List.of())).build();
    }

    @GET
    @Path("/persons/{id}")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.AREA_OFFICER, Roles.SCHOOL_OFFICER, Roles.MIS_CLIENT })
    @Operation(summary = "A student or teacher by citizen ID or G-code", description = "Citizen IDs are masked unless the caller has the role registry-pii; unmasked reads are logged.")
    public Api.Person person(@PathParam("id") String id) {
        return students.person(id, access);
    }

    @GET
    @Path("/census-rounds/{roundId}/schools/{schoolCode}/students")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.AREA_OFFICER, Roles.SCHOOL_OFFICER, Roles.MIS_CLIENT })
    @Operation(summary = "A school's roster in a round, by class level and student number, paged")
    public Api.Page<Api.RosterEntry> roster(@PathParam("roundId") long roundId, @PathParam("schoolCode") String schoolCode,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return students.roster(roundId, schoolCode, page, size, access);
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
