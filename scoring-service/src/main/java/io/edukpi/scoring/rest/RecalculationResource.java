package io.edukpi.scoring.rest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.edukpi.commons.calendar.Years;
import io.edukpi.commons.idempotency.IdempotentRequests;
import io.edukpi.commons.message.Finding;
import io.edukpi.commons.problem.ProblemException;
import io.edukpi.commons.security.Caller;
import io.edukpi.commons.security.Roles;
import io.edukpi.scoring.domain.ScoringMessage;
import io.edukpi.scoring.persistence.RecalculationJobEntity;
import io.edukpi.scoring.service.OfficeScope;
import io.edukpi.scoring.service.RecalculationService;

/** Batch recalculation jobs: 202 + a job resource that reports progress, a summary and a CSV of changes. */
@Path("/api/v1/scoring/recalculations")
@Tag(name = "Scoring")
public class RecalculationResource {

    private static final String JOB_ID = "The job's id, from the Location of its start";
    private static final Pattern OFFICE = Pattern.compile("[0-9A-Za-z-]{1,20}");

    private final RecalculationService recalculations;
    private final Caller caller;
    private final ObjectMapper mapper;
    private final IdempotentRequests idempotent;

    public RecalculationResource(RecalculationService recalculations, Caller caller, ObjectMapper mapper,
            IdempotentRequests idempotent) {
        this.recalculations = recalculations;
        this.caller = caller;
        this.mapper = mapper;
        this.idempotent = idempotent;
    }

    /** The request body. */
    @Schema(name = "RecalculationRequest", description = "Which round to recalculate, with which catalogue, for which offices")
    public record RecalculationRequest(
            @Schema(description = "Fiscal year, C.E. (a B.E. year is refused with year-era)", example = "2011", required = true) Integer fiscalYear,
            @Schema(description = "The catalogue level (default OBEC_AGREEMENT)", ref = "Level") String level,
            @Schema(description = "The round", example = "12", required = true) Integer round,
            @Schema(description = "The catalogue version to score with, by id (default: the newest)", example = "5f1f7f2e-2554-4b1a-9c2d-000000002554", implementation = String.class, format = "uuid") UUID catalogueId,
            @Schema(description = "The catalogue version to score with, by number (default: the newest)", example = "2", minimum = "1") Integer catalogueVersion,
            @Schema(description = "Only these offices (default: every office of the round)", example = "[\"5001\"]") List<String> officeCodes,
            @Schema(description = "Report what would change without writing (default false)", example = "true") Boolean dryRun) {

        List<Finding> findings() {
            List<Finding> findings = new ArrayList<>();
            if (fiscalYear == null) {
                findings.add(ScoringMessage.FISCAL_YEAR_REQUIRED.at("fiscalYear"));
            }
            findings.addAll(Years.eraFindings("fiscalYear", fiscalYear));
            if (round == null) {
                findings.add(ScoringMessage.ROUND_REQUIRED.at("round"));
            }
            if (catalogueVersion != null && catalogueVersion < 1) {
                findings.add(ScoringMessage.CATALOGUE_VERSION_MINIMUM.at("catalogueVersion"));
            }
            if (officeCodes != null) {
                for (int i = 0; i < officeCodes.size(); i++) {
                    String code = officeCodes.get(i);
                    if (code == null || !OFFICE.matcher(code).matches()) {
                        findings.add(ScoringMessage.NOT_AN_OFFICE_CODE.at("officeCodes[" + i + "]", code));
                    }
                }
            }
            return findings;
        }
    }

    @POST
    @RolesAllowed({ Roles.BATCH, Roles.OBEC_ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a recalculation of a round (202 + job); dryRun reports what would change", description = "Idempotency-Key: the same key and body replay the first answer (Idempotent-Replayed: true); "
            + "the same key with another body is 422.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecalculationRequest.class), examples = @ExampleObject(name = "dry run", value = "{\"fiscalYear\": 2011, \"level\": \"OBEC_AGREEMENT\", \"round\": 12, \"dryRun\": true}")))
    @APIResponse(responseCode = "202", description = "The job is queued; Location names it (poll it until finishedAt)", headers = @Header(name = "Location", description = "The job's address", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecalculationJobView.class)))
    @APIResponse(responseCode = "400", description = Reads.INVALID)
    @APIResponse(responseCode = "404", description = "not-found: no catalogue (version) of the fiscal year and level is published")
    @APIResponse(responseCode = "422", description = "unprocessable (code idempotency-key-reused): the Idempotency-Key was used with another body")
    public Response start(RecalculationRequest body,
            @Parameter(description = "Makes a retry safe: the same key and body replay the first answer", example = "7c9e6679-7425-40de-944b-e07fc1f90ae7") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        if (body == null) {
            throw ProblemException.invalid(ScoringMessage.BODY_REQUIRED_DETAIL.text(),
                    List.of(ScoringMessage.BODY_REQUIRED.at("")));
        }
        List<Finding> findings = body.findings();
        if (!findings.isEmpty()) {
            throw ProblemException.invalid(ScoringMessage.RECALCULATION_INVALID.text(), findings);
        }
        return idempotent.run(caller.name(), idempotencyKey,
                IdempotentRequests.fingerprint("start-recalculation", body.toString()), () -> {
                    RecalculationJobEntity job = recalculations.start(new RecalculationService.Request(
                            body.fiscalYear(), body.level() == null ? Reads.DEFAULT_LEVEL : Reads.level(body.level()),
                            body.round(),
                            body.catalogueId(), body.catalogueVersion(), OfficeScope.of(body.officeCodes()),
                            Boolean.TRUE.equals(body.dryRun())), caller.name());
                    return Response.accepted(RecalculationJobView.of(job, mapper))
                            .location(URI.create("/api/v1/scoring/recalculations/" + job.id)).build();
                });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.BATCH, Roles.OBEC_ADMIN })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A recalculation job: status, progress and, once done, its summary", description = "Poll it after starting a recalculation: QUEUED, RUNNING with offices done, then SUCCEEDED with the "
            + "summary of what changed, or FAILED with the error. Only batch and obec-admin; an unknown id is not-found (404).")
    @APIResponse(responseCode = "200", description = "The job as it stands", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecalculationJobView.class)))
    @APIResponse(responseCode = "304", description = Reads.NOT_MODIFIED)
    public Response job(
            @Parameter(description = JOB_ID, example = "0b7f3c1e-8a52-4d0e-9a43-5c1f0e6d2a11") @PathParam("id") UUID id,
            @Context Request request) {
        RecalculationJobEntity job = find(id);
        return Reads.tagged(request, "job-" + id + "-" + job.status + "-" + job.officesDone,
                () -> Reads.json(RecalculationJobView.of(job, mapper)));
    }

    @GET
    @Path("/{id}/changes")
    @RolesAllowed({ Roles.BATCH, Roles.OBEC_ADMIN })
    @Produces(Reads.CSV)
    @Operation(summary = "CSV of every score the job changed (or, in a dry run, would change)", description = "Downloads one row per score that changed (or would change, in a dry run) with its value before and after, once "
            + "the job has finished; before that 409. Only batch and obec-admin.")
    @APIResponse(responseCode = "200", description = "A file recalculation-<id>-changes.csv", content = @Content(mediaType = Reads.CSV, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = Reads.NOT_MODIFIED)
    @APIResponse(responseCode = "409", description = "conflict: the job has not finished yet")
    public Response jobChanges(
            @Parameter(description = JOB_ID, example = "0b7f3c1e-8a52-4d0e-9a43-5c1f0e6d2a11") @PathParam("id") UUID id,
            @Context Request request) {
        RecalculationJobEntity job = find(id);
        if (job.changesCsv == null) {
            throw ProblemException.conflict(ScoringMessage.JOB_NOT_FINISHED.text(id, job.status));
        }
        return Reads.tagged(request, "job-" + id + "-changes",
                () -> Reads.csv(job.changesCsv, "recalculation-" + id + "-changes.csv"));
    }

    private static RecalculationJobEntity find(UUID id) {
        RecalculationJobEntity job = RecalculationJobEntity.findById(id);
        if (job == null) {
            throw ProblemException.notFound(ScoringMessage.JOB_NOT_FOUND.text(id));
        }
        return job;
    }
}
