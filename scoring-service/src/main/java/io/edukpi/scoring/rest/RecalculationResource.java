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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.edukpi.commons.problem.ProblemError;
import io.edukpi.commons.problem.ProblemException;
import io.edukpi.commons.security.Caller;
import io.edukpi.commons.security.Roles;
import io.edukpi.scoring.persistence.RecalculationJobEntity;
import io.edukpi.scoring.service.Recalculations;

/** Batch recalculation jobs: 202 + a job resource that reports progress, a summary and a CSV of changes. */
@Path("/api/v1/scoring/recalculations")
@Tag(name = "Scoring")
public class RecalculationResource {

    private static final Pattern OFFICE = Pattern.compile("[0-9A-Za-z-]{1,20}");

    private final Recalculations recalculations;
    private final Caller caller;
    private final ObjectMapper mapper;

    public RecalculationResource(Recalculations recalculations, Caller caller, ObjectMapper mapper) {
        this.recalculations = recalculations;
        this.caller = caller;
        this.mapper = mapper;
    }

    /** The request body. */
    public record RecalculationRequest(Integer fiscalYear, String level, Integer round, UUID catalogueId,
            Integer catalogueVersion, List<String> officeCodes, Boolean dryRun) {
    }

    @POST
    @RolesAllowed({ Roles.BATCH, Roles.OBEC_ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a recalculation of a round (202 + job); dryRun reports what would change", description = "Idempotency-Key: the same key answers the job it started before.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "dry run", value = "{\"fiscalYear\": 2554, \"level\": \"OBEC_AGREEMENT\", \"round\": 12, \"dryRun\": true}")))
    public Response start(RecalculationRequest body, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        List<ProblemError> errors = new ArrayList<>();
        if (body == null) {
            throw ProblemException.invalid("A JSON body is required.", "ต้องส่งข้อมูล JSON",
                    List.of(ProblemError.field("", "required", "body required", "ต้องมีข้อมูล")));
        }
        if (body.fiscalYear() == null) {
            errors.add(ProblemError.field("fiscalYear", "required", "fiscalYear is required", "ต้องระบุปีงบประมาณ"));
        }
        if (body.round() == null) {
            errors.add(ProblemError.field("round", "required", "round is required", "ต้องระบุรอบการรายงาน"));
        }
        if (body.catalogueVersion() != null && body.catalogueVersion() < 1) {
            errors.add(ProblemError.field("catalogueVersion", "minimum", "catalogueVersion starts at 1",
                    "ฉบับของบัญชีตัวชี้วัดเริ่มที่ 1"));
        }
        if (body.officeCodes() != null) {
            for (int i = 0; i < body.officeCodes().size(); i++) {
                String code = body.officeCodes().get(i);
                if (code == null || !OFFICE.matcher(code).matches()) {
                    errors.add(ProblemError.field("officeCodes[" + i + "]", "pattern", "not an office code: " + code,
                            "รหัสสำนักงานเขตพื้นที่ไม่ถูกต้อง"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The recalculation request is not valid.", "คำขอคำนวณคะแนนใหม่ไม่ถูกต้อง",
                    errors);
        }
        RecalculationJobEntity job = recalculations.start(new Recalculations.Request(
                ScoresResource.ceYear(body.fiscalYear()), body.level() == null ? "OBEC_AGREEMENT" : body.level(),
                body.round(), body.catalogueId(), body.catalogueVersion(),
                body.officeCodes() == null || body.officeCodes().isEmpty() ? null : body.officeCodes(),
                Boolean.TRUE.equals(body.dryRun())),
                idempotencyKey, caller.name());
        return Response.accepted(view(job)).location(URI.create("/api/v1/scoring/recalculations/" + job.id)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.BATCH, Roles.OBEC_ADMIN })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A recalculation job: status, progress and, once done, its summary")
    public Response job(@PathParam("id") UUID id, @jakarta.ws.rs.core.Context Request request) {
        RecalculationJobEntity job = find(id);
        EntityTag tag = new EntityTag("job-" + id + "-" + job.status + "-" + job.officesDone);
        Response.ResponseBuilder cached = request.evaluatePreconditions(tag);
        if (cached != null) {
            return cached.tag(tag).build();
        }
        return Response.ok(view(job)).tag(tag).build();
    }

    @GET
    @Path("/{id}/changes")
    @RolesAllowed({ Roles.BATCH, Roles.OBEC_ADMIN })
    @Produces(ScoresResource.CSV)
    @Operation(summary = "CSV of every score the job changed (or, in a dry run, would change)")
    public Response jobChanges(@PathParam("id") UUID id) {
        RecalculationJobEntity job = find(id);
        if (job.changesCsv == null) {
            throw ProblemException.conflict("Job " + id + " has not finished (" + job.status + ").",
                    "งานคำนวณคะแนนใหม่ยังไม่เสร็จ");
        }
        return Response.ok(job.changesCsv, ScoresResource.CSV + ";charset=UTF-8")
                .tag(new EntityTag("job-" + id + "-changes")).build();
    }

    private static RecalculationJobEntity find(UUID id) {
        RecalculationJobEntity job = RecalculationJobEntity.findById(id);
        if (job == null) {
            throw ProblemException.notFound("Recalculation job", "งานคำนวณคะแนนใหม่", id);
        }
        return job;
    }

    private ObjectNode view(RecalculationJobEntity job) {
        ObjectNode json = mapper.createObjectNode();
        json.put("id", job.id.toString());
        json.put("status", job.status);
        json.put("fiscalYear", job.fiscalYear);
        json.put("level", job.level);
        json.put("round", job.round);
        json.put("catalogueId", job.catalogueId == null ? null : job.catalogueId.toString());
        if (job.officeCodes != null) {
            ArrayNode offices = json.putArray("officeCodes");
            for (String code : job.officeCodes) {
                offices.add(code);
            }
        }
        json.put("dryRun", job.dryRun);
        json.put("requestedBy", job.requestedBy);
        ObjectNode progress = json.putObject("progress");
        progress.put("officesDone", job.officesDone);
        progress.put("officesTotal", job.officesTotal);
        try {
            json.set("summary", job.summary == null ? null : mapper.readTree(job.summary));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        json.put("error", job.error);
        json.put("createdAt", String.valueOf(job.createdAt));
        json.put("finishedAt", job.finishedAt == null ? null : job.finishedAt.toString());
        json.put("changes", "/api/v1/scoring/recalculations/" + job.id + "/changes");
        return json;
    }
}
