package io.edukpi.registry.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

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

/**
 * Bulk ingestion of student files as jobs. A job loads its file through staging COPY, set-based
 * checks and one merge, on one connection per partition of the people at once (see
 * {@link StudentStaging#PARTITIONS}), each partition in one transaction: every row is merged whole or
 * not at all, a failure rolls every partition back, and running a job again is safe, since merging
 * unchanged rows changes nothing. An all-or-nothing job runs in a single transaction.
 */
@ApplicationScoped
public class IngestionService {

    private static final Logger LOG = Logger.getLogger(IngestionService.class);
    static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    public enum Mode {
        ACCEPT_VALID,
        ALL_OR_NOTHING
    }

    private final AgroalDataSource dataSource;
    private final IngestionJobs jobs;
    private final RegistryConfig config;
    private final ObjectMapper mapper;
    private final Map<UUID, Progress> running = new ConcurrentHashMap<>();
    private ExecutorService workers;
    private ExecutorService partitionWorkers;

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
            LOG.infof("%d ingestion job(s) were cut short by the last stop; their loads were rolled back and can be run again",
                    interrupted);
        }
        workers = Executors.newFixedThreadPool(config.ingestion().workers(), r -> {
            Thread t = new Thread(r, "registry-ingestion");
            t.setDaemon(true);
            return t;
        });
        // The first partition of a job runs on the job's own worker, the others here (none with one partition).
        int others = Math.max(1, config.ingestion().workers() * (StudentStaging.PARTITIONS - 1));
        partitionWorkers = Executors.newFixedThreadPool(others, r -> {
            Thread t = new Thread(r, "registry-ingestion-partition");
            t.setDaemon(true);
            return t;
        });
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        workers.shutdownNow();
        partitionWorkers.shutdownNow();
        workers.awaitTermination(5, TimeUnit.SECONDS);
        partitionWorkers.awaitTermination(5, TimeUnit.SECONDS);
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

    /**
     * Writes a request body to a file of the ingestion directory as it arrives, never all of it in
     * memory; the caller removes the file once a job has taken it (or not).
     */
    public Path receive(InputStream body) throws IOException {
        Path file = Files.createTempFile(config.ingestion().directory(), "upload-", ".part");
        try (OutputStream out = Files.newOutputStream(file)) {
            body.transferTo(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return file;
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
            ColumnMapping mapping, Set<String> schools, Progress progress) throws Exception {
        LocalDate today = LocalDate.now(BANGKOK);
        long begin = System.nanoTime();
        Mode mode = Mode.valueOf(job.mode());
        // Accepted rows of a file are loaded on one connection per partition of the people at once; an
        // all-or-nothing file on one, so that a single commit decides about all of it.
        int partitions = mode == Mode.ALL_OR_NOTHING ? 1 : StudentStaging.PARTITIONS;
        List<Connection> connections = new ArrayList<>();
        try {
            for (int p = 0; p < partitions; p++) {
                Connection c = dataSource.getConnection();
                connections.add(c);
                c.setAutoCommit(false);
            }
            // The first connection holds the round's lock and writes the job's own rows.
            Connection first = connections.get(0);
            lockRound(first, job.roundId());
            try (PreparedStatement ps = first.prepareStatement("delete from ingestion_rejection where job_id = ?")) {
                ps.setObject(1, job.id());
                ps.executeUpdate();
            }
            List<StudentStaging> loads = new ArrayList<>();
            for (Connection c : connections) {
                try (Statement st = c.createStatement()) {
                    // The checks and the merge hash and sort a whole file's people: in memory instead of spilled batches.
                    st.execute("set local work_mem = '128MB'");
                }
                loads.add(new StudentStaging(c));
            }
            StagingWriter[] writer = new StagingWriter[1];
            StudentStaging.copy(loads, outs -> {
                boolean complete = format != FileFormat.CSV || FileSniffer.endsWithNewline(file);
                writer[0] = new StagingWriter(outs, mapping, format == FileFormat.CSV, complete, today, progress);
                switch (format) {
                    case CSV -> CsvRows.read(file, encoding, writer[0]);
                    case XLSX -> XlsxRows.read(file, writer[0]);
                    case JSONL -> JsonLinesRows.read(file, mapping.jsonKeys(), mapper, writer[0]);
                }
                writer[0].finish();
            });
            long copied = System.nanoTime();
            progress.phase = "checking";
            long rejected = 0;
            for (long count : inParallel(loads, load -> {
                long n = load.check(job.roundId(), schools, writer[0]::columnTitle);
                load.keepRejections(job.id());
                return n;
            })) {
                rejected += count;
            }
            long checked = System.nanoTime();
            long read = progress.rowsRead.get();
            boolean merge = !job.dryRun() && (mode == Mode.ACCEPT_VALID || rejected == 0);
            long[] counts = new long[4];
            if (merge) {
                progress.phase = "merging";
                for (int p = 0; p < partitions; p++) {
                    loads.get(p).lockWrites(partitions == 1 ? StudentStaging.ALL_PARTITIONS : p);
                }
                for (StudentStaging.Merged merged : inParallel(loads, load -> load.merge(job.roundId(), false))) {
                    counts[0] += merged.studentsInserted();
                    counts[1] += merged.studentsUpdated();
                    counts[2] += merged.enrolmentsInserted();
                    counts[3] += merged.enrolmentsUpdated();
                }
            }
            long mergedAt = System.nanoTime();
            String status = mode == Mode.ALL_OR_NOTHING && rejected > 0 ? "REJECTED" : "SUCCEEDED";
            try (PreparedStatement ps = first.prepareStatement("""
                    update ingestion_job set status = ?, rows_read = ?, accepted = ?, rejected = ?,
                        students_inserted = ?, students_updated = ?, enrolments_inserted = ?, enrolments_updated = ?,
                        finished_at = clock_timestamp() where id = ?
                    """)) {
                ps.setString(1, status);
                ps.setLong(2, read);
                ps.setLong(3, read - rejected);
                ps.setLong(4, rejected);
                for (int i = 0; i < 4; i++) {
                    ps.setLong(5 + i, counts[i]);
                }
                ps.setObject(9, job.id());
                ps.executeUpdate();
            }
            // The first connection last: it ends the job and releases the round.
            for (int p = partitions - 1; p >= 0; p--) {
                connections.get(p).commit();
            }
            LOG.infof("ingestion job %s: %d rows, %d rejected, %d partition(s); read+COPY %d ms, checks %d ms, merge %d ms, "
                    + "commit %d ms (%s)", job.id(), read, rejected, partitions, (copied - begin) / 1_000_000,
                    (checked - copied) / 1_000_000, (mergedAt - checked) / 1_000_000,
                    (System.nanoTime() - mergedAt) / 1_000_000,
                    loads.stream().map(StudentStaging::timings).collect(java.util.stream.Collectors.joining("; ")));
            return true;
        } catch (Exception e) {
            for (Connection c : connections) {
                try {
                    c.rollback();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        } finally {
            for (Connection c : connections) {
                try {
                    c.close();
                } catch (SQLException e) {
                    LOG.debugf(e, "closing a connection of job %s", job.id());
                }
            }
        }
    }

    private interface PartitionStep<T> {
        T run(StudentStaging load) throws SQLException;
    }

    /** Runs one step on every partition's connection at once (the first on this thread) and waits for all. */
    private <T> List<T> inParallel(List<StudentStaging> loads, PartitionStep<T> step) throws SQLException {
        List<Future<T>> others = new ArrayList<>();
        for (StudentStaging load : loads.subList(1, loads.size())) {
            others.add(partitionWorkers.submit(() -> step.run(load)));
        }
        List<T> results = new ArrayList<>();
        Exception failure = null;
        try {
            results.add(step.run(loads.get(0)));
        } catch (SQLException | RuntimeException e) {
            failure = e;
        }
        // Every partition has finished its step before anything is rolled back or thrown.
        for (Future<T> other : others) {
            try {
                results.add(other.get());
            } catch (ExecutionException e) {
                Exception cause = e.getCause() instanceof Exception ex ? ex : new SQLException(e.getCause());
                if (failure == null) {
                    failure = cause;
                } else {
                    failure.addSuppressed(cause);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted", e);
            }
        }
        if (failure instanceof SQLException sql) {
            throw sql;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure != null) {
            throw new SQLException(failure);
        }
        return results;
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
