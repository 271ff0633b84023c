package io.edukpi.registry.rest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.edukpi.commons.download.Downloads;
import io.edukpi.commons.message.Finding;
import io.edukpi.commons.message.Text;
import io.edukpi.commons.problem.Enums;
import io.edukpi.commons.problem.ProblemException;
import io.edukpi.commons.security.Roles;
import io.edukpi.registry.domain.IngestionMode;
import io.edukpi.registry.domain.RegistryMessage;
import io.edukpi.registry.ingest.ColumnMapping;
import io.edukpi.registry.ingest.FileProblemException;
import io.edukpi.registry.ingest.IngestionProgress;
import io.edukpi.registry.persistence.IngestionJobRow;
import io.edukpi.registry.persistence.IngestionJobs;
import io.edukpi.registry.persistence.MergeResult;
import io.edukpi.registry.persistence.RejectionReport;
import io.edukpi.registry.service.Access;
import io.edukpi.registry.service.IngestionService;
import io.edukpi.registry.service.ReferenceDataService;

@Path("/api/v1/registry")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bulk ingestion", description = "Whole student files (CSV, XLSX, JSON Lines) as jobs")
public class IngestionResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final String ROUND = "The census round's id";
    private static final String JOB = "The job's id, from the upload's answer";
    private static final String MODE = "ACCEPT_VALID: valid rows land, the others are reported; ALL_OR_NOTHING: any rejection and nothing lands";
    private static final String DRY_RUN = "true: validate and report only, write nothing";

    private final IngestionService ingestion;
    private final IngestionJobs jobs;
    private final RejectionReport rejections;
    private final ReferenceDataService reference;
    private final Access access;
    private final ObjectMapper mapper;

    public IngestionResource(IngestionService ingestion, IngestionJobs jobs, RejectionReport rejections,
            ReferenceDataService reference, Access access, ObjectMapper mapper) {
        this.ingestion = ingestion;
        this.jobs = jobs;
        this.rejections = rejections;
        this.reference = reference;
        this.access = access;
        this.mapper = mapper;
    }

    @POST
    @Path("/census-rounds/{roundId}/ingestion-jobs")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.SCHOOL_OFFICER, Roles.MIS_CLIENT })
    @Operation(summary = "Upload a student file; answers 202 with the job that loads it", description = "Form part `file` (.csv UTF-8 with or without BOM or Windows-874/TIS-620, .xlsx, .jsonl); "
            + "optional part `mapping`, a JSON object from field name to column title. Query `mode` "
            + "ACCEPT_VALID (default) or ALL_OR_NOTHING, `dryRun` true to validate only.")
    @APIResponse(responseCode = "202", description = "The job is queued", headers = @Header(name = "Location", description = "The job's URI", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IngestionJobView.class)))
    @APIResponse(responseCode = "409", description = "conflict (round-closed): the round is closed")
    @APIResponse(responseCode = "413", description = "payload-too-large: the file is over 1 GB")
    @APIResponse(responseCode = "415", description = "unsupported-media-type (file-type-unknown): the file is neither CSV, XLSX nor JSON Lines")
    @APIResponse(responseCode = "422", description = "unprocessable (file-empty, file-type-mismatch, file-cut-off, file-damaged): the file cannot be read as its name says")
    public RestResponse<IngestionJobView> upload(
            @Parameter(description = ROUND, example = "1") @PathParam("roundId") long roundId,
            @RestForm("file") FileUpload file,
            @RestForm("mapping") String mapping,
            @Parameter(description = MODE, schema = @Schema(enumeration = { "ACCEPT_VALID",
                    "ALL_OR_NOTHING" }, type = SchemaType.STRING, defaultValue = "ACCEPT_VALID")) @QueryParam("mode") @DefaultValue("ACCEPT_VALID") String mode,
            @Parameter(description = DRY_RUN) @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) throws IOException {
        var schools = access.writableSchools();
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalid(RegistryMessage.FILE_PART_MISSING.text(),
                    List.of(RegistryMessage.REQUIRED.at("file")));
        }
        Admitted admitted = admit(roundId, mode, mapping);
        return submit(file.fileName(), () -> ingestion.submit(file.uploadedFile(), file.fileName(), roundId, admitted.mode(),
                dryRun, admitted.mapping(), access.actor(), schools));
    }

    @POST
    @Path("/census-rounds/{roundId}/student-files")
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM, XLSX, "application/x-ndjson",
            "application/jsonl" })
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.SCHOOL_OFFICER, Roles.MIS_CLIENT })
    @Operation(summary = "Upload a student file as the request body; answers 202 with the job that loads it", description = "The same job as the form upload (`POST .../ingestion-jobs`) without the form around the file, "
            + "which is what a program "
            + "sending a large file does best: the body goes to disk as it arrives. Query `fileName` "
            + "(.csv, .txt, .xlsx, .jsonl, .ndjson) names the file and its format; `mapping` (optional) is "
            + "the JSON object of field name to column title; `mode` and `dryRun` as for the form upload.")
    @APIResponse(responseCode = "202", description = "The job is queued", headers = @Header(name = "Location", description = "The job's URI", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IngestionJobView.class)))
    @APIResponse(responseCode = "409", description = "conflict (round-closed): the round is closed")
    @APIResponse(responseCode = "413", description = "payload-too-large: the file is over 1 GB")
    @APIResponse(responseCode = "415", description = "unsupported-media-type (file-type-unknown): the file is neither CSV, XLSX nor JSON Lines")
    @APIResponse(responseCode = "422", description = "unprocessable (file-empty, file-type-mismatch, file-cut-off, file-damaged): the file cannot be read as its name says")
    public RestResponse<IngestionJobView> uploadBody(
            @Parameter(description = ROUND, example = "1") @PathParam("roundId") long roundId,
            @Parameter(description = "The file's name; its extension (.csv, .txt, .xlsx, .jsonl, .ndjson) names the format", example = "students.csv", required = true) @QueryParam("fileName") String fileName,
            @Parameter(description = "The JSON object of field name to column title, URL-encoded", example = RegistryMessage.Examples.MAPPING) @QueryParam("mapping") String mapping,
            @Parameter(description = MODE, schema = @Schema(enumeration = { "ACCEPT_VALID",
                    "ALL_OR_NOTHING" }, type = SchemaType.STRING, defaultValue = "ACCEPT_VALID")) @QueryParam("mode") @DefaultValue("ACCEPT_VALID") String mode,
            @Parameter(description = DRY_RUN) @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            InputStream body) throws IOException {
        var schools = access.writableSchools();
        if (fileName == null || fileName.isBlank()) {
            throw ProblemException.invalid(RegistryMessage.FILE_NAME_MISSING.text(),
                    List.of(RegistryMessage.REQUIRED.at("fileName")));
        }
        // Everything that can refuse the request is checked before its body is written to disk.
        Admitted admitted = admit(roundId, mode, mapping);
        return submit(fileName, () -> ingestion.submitBody(body, fileName, roundId, admitted.mode(), dryRun,
                admitted.mapping(), access.actor(), schools));
    }

    /** The upload's options, read and checked, and its round open. */
    private record Admitted(IngestionMode mode, ColumnMapping mapping) {
    }

    private Admitted admit(long roundId, String mode, String mapping) {
        IngestionMode parsed = Enums.parse(IngestionMode.class, "mode", mode);
        Admitted admitted = new Admitted(parsed == null ? IngestionMode.ACCEPT_VALID : parsed, mapping(mapping));
        reference.openRoundOrFail(roundId);
        return admitted;
    }

    /** Queues a job the way the upload hands over its file. */
    private interface Submission {
        IngestionJobRow submit() throws IOException;
    }

    private RestResponse<IngestionJobView> submit(String fileName, Submission submission) throws IOException {
        try {
            return accepted(submission.submit());
        } catch (FileProblemException problem) {
            Finding finding = problem.finding();
            int status = RegistryMessage.FILE_TYPE_UNKNOWN.code().equals(finding.code()) ? 415 : 422;
            throw ProblemException.of(status, new Text(finding.message(), finding.messageTh()),
                    List.of(finding.atField("file").withValue(fileName)));
        }
    }

    @GET
    @Path("/ingestion-jobs/{id}")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.SCHOOL_OFFICER, Roles.MIS_CLIENT })
    @Operation(summary = "A job's status: progress while it runs, then its summary or file-level error", description = "Poll it after an upload: rows read and rejected while it runs, then the counts written or why the "
            + "whole file failed. Only the uploader and obec-admin see a job; to others it is not-found (404).")
    public IngestionJobView job(@Parameter(description = JOB) @PathParam("id") UUID id) {
        return view(visible(id));
    }

    @GET
    @Path("/ingestion-jobs/{id}/rejections")
    @Produces("text/csv")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.SCHOOL_OFFICER, Roles.MIS_CLIENT })
    @Operation(summary = "The rejected rows as CSV: row, column, code, reason (English), reason (Thai), value", description = "Downloads every refused row with the reason, for correcting the file; empty (a header only) when "
            + "none was refused. Only the uploader and obec-admin; to others the job is not-found (404).")
    @APIResponse(responseCode = "200", description = "The CSV (UTF-8 with BOM), as the attachment rejections-{id}.csv", headers = @Header(name = "Content-Disposition", description = "attachment; filename=rejections-{id}.csv", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response rejections(@Parameter(description = JOB) @PathParam("id") UUID id) {
        IngestionJobRow job = visible(id);
        StreamingOutput body = out -> rejections.write(job.id(), out);
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", Downloads.attachment("rejections-" + id + ".csv")).build();
    }

    @POST
    @Path("/ingestion-jobs/{id}/runs")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.SCHOOL_OFFICER, Roles.MIS_CLIENT })
    @Operation(summary = "Run a failed or interrupted job again from its kept file", description = "Queues the same job again (202 with Location) when it FAILED or was INTERRUPTED and its round is "
            + "still open. Only the uploader and obec-admin.")
    @APIResponse(responseCode = "202", description = "The job is queued again", headers = @Header(name = "Location", description = "The job's URI", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IngestionJobView.class)))
    @APIResponse(responseCode = "409", description = "conflict (rerun-not-allowed, round-closed): the job did not fail or stop, or its round is closed")
    public RestResponse<IngestionJobView> rerun(@Parameter(description = JOB) @PathParam("id") UUID id) {
        IngestionJobRow job = visible(id);
        if (!ingestion.mayRerun(job)) {
            throw ProblemException.conflict(RegistryMessage.RERUN_NOT_ALLOWED.text(job.status()));
        }
        reference.openRoundOrFail(job.roundId());
        return accepted(ingestion.rerun(job));
    }

    private RestResponse<IngestionJobView> accepted(IngestionJobRow job) {
        return RestResponse.ResponseBuilder.<IngestionJobView> create(RestResponse.Status.ACCEPTED, view(job))
                .location(URI.create("/api/v1/registry/ingestion-jobs/" + job.id())).build();
    }

    private IngestionJobRow visible(UUID id) {
        return jobs.find(id).filter(j -> access.admin() || j.createdBy().equals(access.actor()))
                .orElseThrow(() -> ProblemException.notFound(RegistryMessage.JOB_NOT_FOUND.text(id)));
    }

    private IngestionJobView view(IngestionJobRow job) {
        Optional<IngestionProgress> live = job.status().live() ? ingestion.progress(job.id()) : Optional.empty();
        long read = live.map(p -> p.rowsRead.get()).orElse(job.rowsRead());
        long rejected = live.map(p -> p.rejected.get()).orElse(job.rejected());
        boolean finished = job.finishedAt() != null;
        Finding failure = job.error();
        IngestionJobView.JobError error = failure == null ? null
                : new IngestionJobView.JobError(failure.code(), failure.message(), failure.messageTh(),
                        failure.row() == null ? null : failure.row().longValue(), failure.field());
        MergeResult counts = job.merged();
        IngestionJobView.JobCounts merged = job.status().checked()
                ? new IngestionJobView.JobCounts(counts.studentsInserted(), counts.studentsUpdated(),
                        counts.enrolmentsInserted(), counts.enrolmentsUpdated())
                : null;
        return new IngestionJobView(job.id(), job.roundId(), job.fileName(), job.format().name(), job.encoding(),
                job.mode().name(), job.dryRun(), job.status().name(), live.map(p -> p.phase.name()).orElse(null), read,
                finished ? job.accepted() : 0, rejected, merged, error,
                job.status().checked() ? "/api/v1/registry/ingestion-jobs/" + job.id() + "/rejections" : null,
                ingestion.mayRerun(job), job.createdAt(), job.startedAt(), job.finishedAt());
    }

    private ColumnMapping mapping(String json) {
        if (json == null || json.isBlank()) {
            return ColumnMapping.defaults();
        }
        Map<String, String> fieldToColumn;
        try {
            fieldToColumn = mapper.readValue(json, new TypeReference<Map<String, String>>() {
            });
        } catch (JsonProcessingException e) {
            throw ProblemException.invalid(RegistryMessage.MAPPING_MALFORMED.text(),
                    List.of(RegistryMessage.MALFORMED_JSON.at("mapping", e.getOriginalMessage())));
        }
        // JSON null reads as no map at all, and a field may be given null or blank for its column.
        if (fieldToColumn == null) {
            throw ProblemException.invalid(RegistryMessage.MAPPING_MALFORMED.text(),
                    List.of(RegistryMessage.NOT_AN_OBJECT.at("mapping")));
        }
        for (Map.Entry<String, String> entry : fieldToColumn.entrySet()) {
            if (entry.getValue() == null || entry.getValue().isBlank()) {
                throw ProblemException.invalid(RegistryMessage.MAPPING_MALFORMED.text(),
                        List.of(RegistryMessage.REQUIRED.at("mapping." + entry.getKey())));
            }
        }
        try {
            return ColumnMapping.of(fieldToColumn);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(RegistryMessage.MAPPING_FIELD_UNKNOWN.text(e.getMessage()),
                    List.of(RegistryMessage.FIELD_UNKNOWN.at("mapping." + e.getMessage())));
        }
    }
}
