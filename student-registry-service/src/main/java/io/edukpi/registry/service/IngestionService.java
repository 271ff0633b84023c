package io.edukpi.registry.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.edukpi.registry.config.RegistryConfig;
import io.edukpi.registry.ingest.ColumnMapping;
import io.edukpi.registry.ingest.CsvRows;
import io.edukpi.registry.ingest.FileFormat;
import io.edukpi.registry.ingest.FileProblem;
import io.edukpi.registry.ingest.FileSniffer;
import io.edukpi.registry.ingest.JsonLinesRows;
import io.edukpi.registry.ingest.Progress;
import io.edukpi.registry.ingest.StagingWriter;
import io.edukpi.registry.ingest.TextEncoding;
import io.edukpi.registry.ingest.XlsxRows;
import io.edukpi.registry.persistence.IngestionJobRow;
import io.edukpi.registry.persistence.IngestionJobs;
import io.edukpi.registry.persistence.StudentStaging;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Bulk ingestion of student files as jobs. A job loads its whole file in one database transaction
 * (staging COPY, set-based checks, one merge), so a failure or a killed service leaves the registry
 * exactly as it was, and running the job again is safe; merging unchanged rows changes nothing.
 */
@ApplicationScoped
public class IngestionService {

    private static final Logger LOG = Logger.getLogger(IngestionService.class);
    static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    public enum Mode { ACCEPT_VALID, ALL_OR_NOTHING }

    private final AgroalDataSource dataSource;
    private final IngestionJobs jobs;
    private final RegistryConfig config;
    private final ObjectMapper mapper;
    private final Map<UUID, Progress> running = new ConcurrentHashMap<>();
    private ExecutorService workers;

    public IngestionService(AgroalDataSource dataSource, IngestionJobs jobs, RegistryConfig config, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.jobs = jobs;
        this.config = config;
        this.mapper = mapper;
    }

    void start(@Observes StartupEvent event) throws IOException {
        Files.createDirectories(config.ingestion().directory());
        int interrupted = jobs.interruptLeftovers();
        if (interrupted > 0) {
            LOG.infof("%d ingestion job(s) were cut short by the last stop; their loads were rolled back and can be run again", interrupted);
        }
        workers = Executors.newFixedThreadPool(config.ingestion().workers(), r -> {
            Thread t = new Thread(r, "registry-ingestion");
            t.setDaemon(true);
            return t;
        });
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        workers.shutdownNow();
        workers.awaitTermination(5, TimeUnit.SECONDS);
    }

    /**
     * Checks the file's type against its name, keeps it for the job, and queues the job.
     *
     * @param schools the schools the caller may write, or null for all
     * @throws FileProblem when the file is empty or not what its name says
     */
    public IngestionJobRow submit(Path upload, String fileName, long roundId, Mode mode, boolean dryRun,
                                  ColumnMapping mapping, String createdBy, Set<String> schools) throws IOException {
        FileFormat format = FileSniffer.check(upload, fileName);
        UUID id = UUID.randomUUID();
        Path kept = config.ingestion().directory().resolve(id.toString());
        try {
            Files.move(upload, kept, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.copy(upload, kept, StandardCopyOption.REPLACE_EXISTING);
        }
        String mappingJson = mapping.asMap().isEmpty() ? null : json(mapping.asMap());
        IngestionJobRow job = new IngestionJobRow(id, roundId, fileName, format.name(), null, mode.name(), dryRun,
                mappingJson, "QUEUED", 0, 0, 0, 0, 0, 0, 0, null, null, null, null, null, createdBy,
                schools == null ? null : String.join(",", schools), null, null, null);
        jobs.insert(job);
        schedule(id);
        return jobs.find(id).orElseThrow();
    }

    /** Runs a failed or interrupted job again from its kept file. */
    public IngestionJobRow rerun(IngestionJobRow job) {
        if (!Files.exists(file(job.id()))) {
            throw new IllegalStateException("file gone");
        }
        jobs.queued(job.id());
        schedule(job.id());
        return jobs.find(job.id()).orElseThrow();
    }

    public boolean fileKept(UUID id) {
        return Files.exists(file(id));
    }

    /** The live counters of a job that is running now. */
    public Optional<Progress> progress(UUID id) {
        return Optional.ofNullable(running.get(id));
    }

    private void schedule(UUID id) {
        running.put(id, new Progress());
        workers.submit(() -> run(id));
    }

    private Path file(UUID id) {
        return config.ingestion().directory().resolve(id.toString());
    }

    void run(UUID id) {
        Progress progress = running.get(id);
        IngestionJobRow job = jobs.find(id).orElseThrow();
        Path file = file(id);
        FileFormat format = FileFormat.valueOf(job.format());
        try {
            TextEncoding.Detected encoding = format == FileFormat.CSV ? TextEncoding.detect(file) : null;
            jobs.started(id, encoding == null ? (format == FileFormat.JSONL ? "UTF-8" : null) : encoding.label());
            Set<String> schools = job.schools() == null ? null : new HashSet<>(Arrays.asList(job.schools().split(",")));
            ColumnMapping mapping = job.mapping() == null ? ColumnMapping.defaults() : ColumnMapping.of(mapOf(job.mapping()));
            boolean succeeded = load(job, file, format, encoding, mapping, schools, progress);
            if (succeeded) {
                Files.deleteIfExists(file);
            }
        } catch (FileProblem problem) {
            jobs.failed(id, problem.code(), problem.column(), problem.row(), problem.getMessage(), problem.messageTh(),
                    progress.rowsRead.get());
        } catch (Exception e) {
            LOG.errorf(e, "ingestion job %s failed", id);
            jobs.failed(id, "internal", null, null,
                    "The job failed inside the service; nothing was written. Run it again or quote job " + id + ".",
                    "งานนำเข้าล้มเหลวภายในระบบ ไม่มีข้อมูลถูกบันทึก กรุณาสั่งทำงานใหม่หรือแจ้งรหัสงาน " + id,
                    progress.rowsRead.get());
        } finally {
            running.remove(id);
        }
    }

    private boolean load(IngestionJobRow job, Path file, FileFormat format, TextEncoding.Detected encoding,
                         ColumnMapping mapping, Set<String> schools, Progress progress) throws SQLException, IOException {
        LocalDate today = LocalDate.now(BANGKOK);
        long begin = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                lockRound(c, job.roundId());
                try (Statement st = c.createStatement()) {
                    // The checks and the merge hash a whole file's people: in memory instead of spilled batches.
                    st.execute("set local work_mem = '128MB'");
                }
                try (PreparedStatement ps = c.prepareStatement("delete from ingestion_rejection where job_id = ?")) {
                    ps.setObject(1, job.id());
                    ps.executeUpdate();
                }
                StudentStaging staging = new StudentStaging(c);
                StagingWriter[] writer = new StagingWriter[1];
                staging.copy(out -> {
                    boolean complete = format != FileFormat.CSV || FileSniffer.endsWithNewline(file);
                    writer[0] = new StagingWriter(out, mapping, format == FileFormat.CSV, complete, today, progress);
                    switch (format) {
                        case CSV -> CsvRows.read(file, encoding, writer[0]);
                        case XLSX -> XlsxRows.read(file, writer[0]);
                        case JSONL -> JsonLinesRows.read(file, mapping.jsonKeys(), mapper, writer[0]);
                    }
                    writer[0].finish();
                });
                long copied = System.nanoTime();
                progress.phase = "checking";
                long rejected = staging.check(job.roundId(), schools, writer[0]::columnTitle);
                staging.keepRejections(job.id());
                long checked = System.nanoTime();
                long read = progress.rowsRead.get();
                boolean merge = !job.dryRun() && (Mode.valueOf(job.mode()) == Mode.ACCEPT_VALID || rejected == 0);
                StudentStaging.Merged merged = new StudentStaging.Merged(0, 0, 0, 0, Set.of(), Set.of());
                if (merge) {
                    progress.phase = "merging";
                    merged = staging.merge(job.roundId(), false);
                }
                long mergedAt = System.nanoTime();
                String status = Mode.valueOf(job.mode()) == Mode.ALL_OR_NOTHING && rejected > 0 ? "REJECTED" : "SUCCEEDED";
                try (PreparedStatement ps = c.prepareStatement("""
                        update ingestion_job set status = ?, rows_read = ?, accepted = ?, rejected = ?,
                            students_inserted = ?, students_updated = ?, enrolments_inserted = ?, enrolments_updated = ?,
                            finished_at = clock_timestamp() where id = ?
                        """)) {
                    ps.setString(1, status);
                    ps.setLong(2, read);
                    ps.setLong(3, read - rejected);
                    ps.setLong(4, rejected);
                    ps.setLong(5, merged.studentsInserted());
                    ps.setLong(6, merged.studentsUpdated());
                    ps.setLong(7, merged.enrolmentsInserted());
                    ps.setLong(8, merged.enrolmentsUpdated());
                    ps.setObject(9, job.id());
                    ps.executeUpdate();
                }
                c.commit();
                LOG.infof("ingestion job %s: %d rows, %d rejected; read+COPY %d ms, checks %d ms, merge %d ms, commit %d ms (%s)",
                        job.id(), read, rejected, (copied - begin) / 1_000_000, (checked - copied) / 1_000_000,
                        (mergedAt - checked) / 1_000_000, (System.nanoTime() - mergedAt) / 1_000_000, staging.timings());
                return true;
            } catch (RuntimeException | SQLException | IOException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** One load per census round at a time, so two files cannot both pass the one-enrolment check. */
    static void lockRound(Connection c, long roundId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select pg_advisory_xact_lock(7001, ?::int)")) {
            ps.setLong(1, roundId);
            ps.execute();
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> mapOf(String json) {
        try {
            return mapper.readValue(json, Map.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
