package io.edukpi.registry.rest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.edukpi.commons.problem.ProblemError;
import io.edukpi.commons.problem.ProblemException;
import io.edukpi.commons.security.Roles;
import io.edukpi.registry.ingest.ColumnMapping;
import io.edukpi.registry.ingest.FileProblem;
import io.edukpi.registry.ingest.Progress;
import io.edukpi.registry.persistence.IngestionJobRow;
import io.edukpi.registry.persistence.IngestionJobs;
import io.edukpi.registry.service.Access;
import io.edukpi.registry.service.IngestionService;
import io.edukpi.registry.service.ReferenceDataService;

@Path("/api/v1/registry")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bulk ingestion", description = "Whole student files (CSV, XLSX, JSON Lines) as jobs")
public class IngestionResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final IngestionService ingestion;
    private final IngestionJobs jobs;
    private final ReferenceDataService reference;
    private final Access access;
    private final ObjectMapper mapper;

    public IngestionResource(IngestionService ingestion, IngestionJobs jobs, ReferenceDataService reference,
            Access access, ObjectMapper mapper) {
        this.ingestion = ingestion;
        this.jobs = jobs;
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
    public Response upload(@PathParam("roundId") long roundId,
            @RestForm("file") FileUpload file,
            @RestForm("mapping") String mapping,
            @QueryParam("mode") @DefaultValue("ACCEPT_VALID") String mode,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) throws IOException {
        var schools = access.writableSchools();
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalid("The form part 'file' is missing.", "ไม่พบไฟล์ในส่วน 'file' ของแบบฟอร์ม",
                    List.of(ProblemError.field("file", "required", "is required", "ต้องระบุ")));
        }
        return submit(roundId, file.uploadedFile(), file.fileName(), admit(roundId, mode, mapping), dryRun, schools);
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
    public Response uploadBody(@PathParam("roundId") long roundId,
            @QueryParam("fileName") String fileName,
            @QueryParam("mapping") String mapping,
            @QueryParam("mode") @DefaultValue("ACCEPT_VALID") String mode,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            InputStream body) throws IOException {
        var schools = access.writableSchools();
        if (fileName == null || fileName.isBlank()) {
            throw ProblemException.invalid("The query parameter 'fileName' is missing: it names the file and its format.",
                    "ไม่ได้ระบุพารามิเตอร์ 'fileName' (ชื่อไฟล์ ซึ่งบอกรูปแบบของไฟล์)",
                    List.of(ProblemError.field("fileName", "required", "is required", "ต้องระบุ")));
        }
        // Everything that can refuse the request is checked before its body is written to disk.
        Admitted admitted = admit(roundId, mode, mapping);
        java.nio.file.Path received = ingestion.receive(body);
        try {
            return submit(roundId, received, fileName, admitted, dryRun, schools);
        } finally {
            Files.deleteIfExists(received);
        }
    }

    /** The upload's options, read and checked, and its round open. */
    private record Admitted(IngestionService.Mode mode, ColumnMapping mapping) {
    }

    private Admitted admit(long roundId, String mode, String mapping) {
        Admitted admitted = new Admitted(mode(mode), mapping(mapping));
        reference.openRoundOrFail(roundId);
        return admitted;
    }

    private Response submit(long roundId, java.nio.file.Path file, String fileName, Admitted admitted, boolean dryRun,
            java.util.Set<String> schools) throws IOException {
        try {
            IngestionJobRow job = ingestion.submit(file, fileName, roundId, admitted.mode(), dryRun, admitted.mapping(),
                    access.actor(), schools);
            return Response.accepted(view(job)).location(URI.create("/api/v1/registry/ingestion-jobs/" + job.id())).build();
        } catch (FileProblem problem) {
            int status = "file-type-unknown".equals(problem.code()) ? 415 : 422;
            String slug = status == 415 ? "unsupported-media-type" : "unprocessable";
            throw new ProblemException(status, slug, status == 415 ? "Unsupported media type" : "Unprocessable file",
                    status == 415 ? "ไม่รองรับประเภทไฟล์นี้" : "ไม่สามารถประมวลผลไฟล์ได้", problem.getMessage(),
                    problem.messageTh(),
                    List.of(ProblemError.field("file", problem.code(), problem.getMessage(), problem.messageTh())
                            .withValue(fileName)));
        }
    }

    @GET
    @Path("/ingestion-jobs/{id}")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.SCHOOL_OFFICER, Roles.MIS_CLIENT })
    @Operation(summary = "A job's status: progress while it runs, then its summary or file-level error")
    public Api.IngestionJob job(@PathParam("id") UUID id) {
        return view(visible(id));
    }

    @GET
    @Path("/ingestion-jobs/{id}/rejections")
    @Produces("text/csv")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.SCHOOL_OFFICER, Roles.MIS_CLIENT })
    @Operation(summary = "The rejected rows as CSV: row, column, code, reason (English), reason (Thai), value")
    public Response rejections(@PathParam("id") UUID id) {
        IngestionJobRow job = visible(id);
        StreamingOutput body = out -> jobs.writeRejections(job.id(), out);
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"rejections-" + id + ".csv\"").build();
    }

    @POST
    @Path("/ingestion-jobs/{id}/runs")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.SCHOOL_OFFICER, Roles.MIS_CLIENT })
    @Operation(summary = "Run a failed or interrupted job again from its kept file")
    public Response rerun(@PathParam("id") UUID id) {
        IngestionJobRow job = visible(id);
        if (!List.of("FAILED", "INTERRUPTED").contains(job.status()) || !ingestion.fileKept(id)) {
            throw ProblemException.conflict("Only a failed or interrupted job whose file is kept can run again; this one is "
                    + job.status() + ".",
                    "สั่งทำงานใหม่ได้เฉพาะงานที่ล้มเหลวหรือถูกขัดจังหวะเท่านั้น งานนี้มีสถานะ " + job.status());
        }
        reference.openRoundOrFail(job.roundId());
        return Response.accepted(view(ingestion.rerun(job))).location(URI.create("/api/v1/registry/ingestion-jobs/" + id))
                .build();
    }

    private IngestionJobRow visible(UUID id) {
        return jobs.find(id).filter(j -> access.admin() || j.createdBy().equals(access.actor()))
                .orElseThrow(() -> ProblemException.notFound("Ingestion job", "งานนำเข้าข้อมูล", id));
    }

    private Api.IngestionJob view(IngestionJobRow job) {
        Optional<Progress> live = "RUNNING".equals(job.status()) || "QUEUED".equals(job.status())
                ? ingestion.progress(job.id())
                : Optional.empty();
        long read = live.map(p -> p.rowsRead.get()).orElse(job.rowsRead());
        long rejected = live.map(p -> p.rejected.get()).orElse(job.rejected());
        boolean finished = job.finishedAt() != null;
        Api.JobError error = job.errorCode() == null ? null
                : new Api.JobError(job.errorCode(), job.errorEn(), job.errorTh(), job.errorRow(), job.errorColumn());
        Api.JobCounts merged = List.of("SUCCEEDED", "REJECTED").contains(job.status())
                ? new Api.JobCounts(job.studentsInserted(), job.studentsUpdated(), job.enrolmentsInserted(),
                        job.enrolmentsUpdated())
                : null;
        return new Api.IngestionJob(job.id(), job.roundId(), job.fileName(), job.format(), job.encoding(), job.mode(),
                job.dryRun(), job.status(), live.map(p -> p.phase).orElse(null), read, finished ? job.accepted() : 0,
                rejected, merged, error,
                List.of("SUCCEEDED", "REJECTED").contains(job.status())
                        ? "/api/v1/registry/ingestion-jobs/" + job.id() + "/rejections"
                        : null,
                List.of("FAILED", "INTERRUPTED").contains(job.status()) && ingestion.fileKept(job.id()),
                job.createdAt(), job.startedAt(), job.finishedAt());
    }

    private static IngestionService.Mode mode(String mode) {
        try {
            return IngestionService.Mode.valueOf(mode);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("mode is ACCEPT_VALID or ALL_OR_NOTHING.",
                    "mode ต้องเป็น ACCEPT_VALID หรือ ALL_OR_NOTHING",
                    List.of(ProblemError.field("mode", "mode-unknown", "is ACCEPT_VALID or ALL_OR_NOTHING",
                            "ต้องเป็น ACCEPT_VALID หรือ ALL_OR_NOTHING").withValue(mode)));
        }
    }

    private ColumnMapping mapping(String json) {
        if (json == null || json.isBlank()) {
            return ColumnMapping.defaults();
        }
        try {
            return ColumnMapping.of(mapper.readValue(json, new TypeReference<Map<String, String>>() {
            }));
        } catch (JsonProcessingException e) {
            throw ProblemException.invalid("The mapping is not a JSON object of field name to column title.",
                    "การจับคู่คอลัมน์ต้องเป็นวัตถุ JSON จากชื่อฟิลด์ไปยังชื่อคอลัมน์",
                    List.of(ProblemError.field("mapping", "malformed-json", e.getOriginalMessage(), "JSON ไม่ถูกต้อง")));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("The mapping names an unknown field '" + e.getMessage() + "'.",
                    "การจับคู่คอลัมน์อ้างถึงฟิลด์ที่ไม่รู้จัก '" + e.getMessage() + "'",
                    List.of(ProblemError.field("mapping." + e.getMessage(), "field-unknown", "is not a student field",
                            "ไม่ใช่ฟิลด์ของข้อมูลนักเรียน")));
        }
    }
}
