package io.edukpi.registry.rest;

import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.edukpi.commons.idempotency.IdempotentRequests;
import io.edukpi.commons.message.Finding;
import io.edukpi.commons.message.Text;
import io.edukpi.commons.paging.Page;
import io.edukpi.commons.paging.PageRequest;
import io.edukpi.commons.problem.ProblemException;
import io.edukpi.commons.security.Roles;
import io.edukpi.registry.domain.RegistryMessage;
import io.edukpi.registry.domain.SchoolScope;
import io.edukpi.registry.service.Access;
import io.edukpi.registry.service.BatchResult;
import io.edukpi.registry.service.Enrolment;
import io.edukpi.registry.service.Person;
import io.edukpi.registry.service.RecordError;
import io.edukpi.registry.service.RecordResult;
import io.edukpi.registry.service.RecordStatus;
import io.edukpi.registry.service.ReferenceDataService;
import io.edukpi.registry.service.RosterEntry;
import io.edukpi.registry.service.Student;
import io.edukpi.registry.service.StudentService;
import io.edukpi.registry.service.Teacher;
import io.edukpi.registry.service.TransferService;

@Path("/api/v1/registry")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "Students and teachers: MIS upserts and reads")
public class StudentResource {

    private static final Set<String> CONFLICTS = Set.of(RegistryMessage.SCHOOL_CERTIFIED.code(),
            RegistryMessage.SECOND_ACTIVE_ENROLMENT.code());

    private static final String MASKED = "X-Masked";
    private static final String ROUND = "The census round's id";
    private static final String PERSON = "A 13-digit citizen ID (with its check digit) or a G-code (G and 12 digits)";
    private static final String KEY = "A key unique per request (1-128 characters); a retry reuses it and gets the first answer";

    private final StudentService students;
    private final TransferService transfers;
    private final ReferenceDataService reference;
    private final IdempotentRequests idempotency;
    private final Access access;
    private final ObjectMapper mapper;

    public StudentResource(StudentService students, TransferService transfers, ReferenceDataService reference,
            IdempotentRequests idempotency, Access access, ObjectMapper mapper) {
        this.students = students;
        this.transfers = transfers;
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
    @APIResponse(responseCode = "200", description = "Each record's outcome (a replay carries Idempotent-Replayed: true)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchResult.class)))
    @APIResponse(responseCode = "409", description = "conflict (round-closed): the round is closed")
    @APIResponse(responseCode = "422", description = "idempotency-key-reused: the Idempotency-Key was used with another body")
    public Response batch(@Parameter(description = ROUND, example = "1") @PathParam("roundId") long roundId,
            @Parameter(description = KEY) @HeaderParam("Idempotency-Key") String key,
            @Valid @NotNull StudentBatch body) {
        SchoolScope schools = access.writableSchools();
        reference.openRoundOrFail(roundId);
        return idempotency.run(access.actor(), key, IdempotentRequests.fingerprint("POST batch " + roundId, json(body)),
                () -> Response.ok(students.upsert(roundId, body.records(), schools)).type(MediaType.APPLICATION_JSON).build());
    }

    @PUT
    @Path("/census-rounds/{roundId}/students/{citizenId}")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.SCHOOL_OFFICER, Roles.MIS_CLIENT })
    @Operation(summary = "Create or update one student record of a round by its natural key (citizen ID or G-code)", description = "Writes the key items of one student at one school: 201 with Location when new, 200 when "
            + "updated or unchanged; a refused record answers 422 with its errors. obec-admin, the school's officer "
            + "or its MIS client; an Idempotency-Key makes a retry safe.")
    @APIResponse(responseCode = "200", description = "UPDATED or UNCHANGED", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordResult.class)))
    @APIResponse(responseCode = "201", description = "CREATED", headers = @Header(name = "Location", description = "The record's URI", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordResult.class)))
    @APIResponse(responseCode = "409", description = "conflict (school-certified, second-active-enrolment, round-closed): the school's data are certified, the person is enrolled at another school in the round, or the round is closed")
    @APIResponse(responseCode = "422", description = "idempotency-key-reused: the Idempotency-Key was used with another body")
    public Response put(@Parameter(description = ROUND, example = "1") @PathParam("roundId") long roundId,
            @Parameter(description = PERSON, example = "1101112345679") @PathParam("citizenId") String citizenId,
            @Parameter(description = KEY) @HeaderParam("Idempotency-Key") String key, @Valid @NotNull Student body) {
        if (body.citizenId() != null && !body.citizenId().replace("-", "").replace(" ", "").equals(citizenId)) {
            throw ProblemException.invalid(RegistryMessage.BODY_ID_MISMATCH.text(),
                    List.of(RegistryMessage.ID_MISMATCH.at("citizenId")));
        }
        Student record = new Student(body.schoolCode(), citizenId, body.prefix(), body.firstName(), body.lastName(),
                body.birthDate(), body.classLevel(), body.studentNumber(), body.weightKg(), body.heightCm(), body.houseCode(),
                body.ethnicity(), body.nationality(), body.religion(), body.disability(), body.travelMode(), body.distanceKm(),
                body.subdistrictCode(), body.fatherName(), body.motherName(), body.fatherId(), body.motherId());
        SchoolScope schools = access.writableSchools();
        reference.openRoundOrFail(roundId);
        return idempotency.run(access.actor(), key,
                IdempotentRequests.fingerprint("PUT " + roundId + "/" + citizenId, json(record)), () -> {
                    RecordResult result = students.upsert(roundId, List.of(record), schools).results().get(0);
                    if (RecordStatus.REJECTED.name().equals(result.status())) {
                        throw rejected(result);
                    }
                    return RecordStatus.CREATED.name().equals(result.status())
                            ? Response
                                    .created(UriBuilder.fromPath("/api/v1/registry/census-rounds/{round}/students/{id}").build(
                                            roundId,
                                            citizenId))
                                    .type(MediaType.APPLICATION_JSON).entity(result).build()
                            : Response.ok(result).type(MediaType.APPLICATION_JSON).build();
                });
    }

    private static ProblemException rejected(RecordResult result) {
        List<Finding> errors = result.errors().stream().map(RecordError::finding).toList();
        if (errors.stream().anyMatch(e -> RegistryMessage.SCHOOL_NOT_PERMITTED.code().equals(e.code()))) {
            return ProblemException.of(403, RegistryMessage.THIS_SCHOOL_FORBIDDEN.text(), errors);
        }
        if (errors.stream().anyMatch(e -> CONFLICTS.contains(e.code()))) {
            return ProblemException.of(409, new Text(errors.get(0).message(), errors.get(0).messageTh()), errors);
        }
        return ProblemException.invalid(errors);
    }

    @POST
    @Path("/census-rounds/{roundId}/transfers")
    @RolesAllowed(Roles.OBEC_ADMIN)
    @Operation(summary = "Move a person's active enrolment of a round to another school", description = "Only obec-admin. The one way a "
            + "person changes school within a round; the earlier enrolment stays, inactive. Other rounds do not change.")
    @APIResponse(responseCode = "200", description = "The person's new active enrolment, at the school moved to", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Enrolment.class)))
    @APIResponse(responseCode = "409", description = "conflict (transfer-same-school, transfer-certified, round-closed): the person is at that school already, a school's data are certified, or the round is closed")
    public Enrolment transfer(@Parameter(description = ROUND, example = "1") @PathParam("roundId") long roundId,
            @Valid @NotNull Transfer body) {
        reference.openRoundOrFail(roundId);
        return transfers.transfer(roundId, body.citizenId(), body.toSchoolCode());
    }

    @PUT
    @Path("/teachers/{citizenId}")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.SCHOOL_OFFICER, Roles.MIS_CLIENT })
    @Operation(summary = "Create or update a teacher's 10 key items", description = "Writes one teacher at a school the caller may write (obec-admin, the school's officer or its MIS "
            + "client): 201 with Location when new, 200 when updated.")
    @APIResponse(responseCode = "200", description = "UPDATED", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordResult.class)))
    @APIResponse(responseCode = "201", description = "CREATED", headers = @Header(name = "Location", description = "The teacher's URI", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordResult.class)))
    public RestResponse<RecordResult> putTeacher(
            @Parameter(description = "The teacher's 13-digit citizen ID", example = "3101112345675") @PathParam("citizenId") String citizenId,
            @Valid @NotNull Teacher body) {
        access.writableSchools();
        boolean created = students.putTeacher(citizenId, body, access);
        RecordResult result = new RecordResult(0, citizenId,
                (created ? RecordStatus.CREATED : RecordStatus.UPDATED).name(), List.of());
        return created
                ? RestResponse.ResponseBuilder
                        .<RecordResult> created(UriBuilder.fromPath("/api/v1/registry/teachers/{id}").build(citizenId))
                        .entity(result).build()
                : RestResponse.ok(result);
    }

    @GET
    @Path("/persons/{id}")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.AREA_OFFICER, Roles.SCHOOL_OFFICER, Roles.MIS_CLIENT })
    @Operation(summary = "A student or teacher by citizen ID or G-code", description = "Citizen IDs are masked unless the caller has the role registry-pii; unmasked reads are logged.")
    public Person person(@Parameter(description = PERSON, example = "1101112345679") @PathParam("id") String id) {
        return students.person(id, access);
    }

    @GET
    @Path("/census-rounds/{roundId}/schools/{schoolCode}/students")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.AREA_OFFICER, Roles.SCHOOL_OFFICER, Roles.MIS_CLIENT })
    @Operation(summary = "A school's roster in a round, by class level and student number, paged", description = "Citizen "
            + "IDs are masked (*********5679) unless the caller has the role registry-pii; the header X-Masked says which.")
    @APIResponse(responseCode = "200", description = "One page of the roster", headers = {
            @Header(name = "Link", description = "RFC 8288 first, prev, next, last", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = MASKED, description = "true when the citizen IDs are masked", schema = @Schema(type = SchemaType.BOOLEAN)) })
    public RestResponse<Page<RosterEntry>> roster(
            @Parameter(description = ROUND, example = "1") @PathParam("roundId") long roundId,
            @Parameter(description = "The ministry's 10-digit school code", example = "1050130001") @PathParam("schoolCode") String schoolCode,
            @Parameter(description = "Page number, from 0", example = "0") @QueryParam("page") Integer page,
            @Parameter(description = "Items per page, 1-500 (default 20)", example = "20") @QueryParam("size") Integer size,
            @Context UriInfo uri) {
        PageRequest request = PageRequest.of(page, size);
        RestResponse<Page<RosterEntry>> answer = students.roster(roundId, schoolCode, request, access).answer(uri);
        answer.getHeaders().putSingle(MASKED, String.valueOf(!access.pii()));
        return answer;
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
