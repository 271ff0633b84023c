package io.edukpi.registry.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.edukpi.registry.config.RegistryConfig;
import io.edukpi.registry.domain.IngestionJobStatus;
import io.edukpi.registry.domain.IngestionMode;
import io.edukpi.registry.domain.RegistryMessage;
import io.edukpi.registry.domain.SchoolScope;
import io.edukpi.registry.ingest.ColumnMapping;
import io.edukpi.registry.ingest.FileFormat;
import io.edukpi.registry.ingest.FileProblemException;
import io.edukpi.registry.ingest.FileSniffer;
import io.edukpi.registry.ingest.IngestionProgress;
import io.edukpi.registry.ingest.TextEncoding;
import io.edukpi.registry.ingest.XlsxLimits;
import io.edukpi.registry.persistence.IngestionJobRow;
import io.edukpi.registry.persistence.IngestionJobs;
import io.quarkus.runtime.StartupEvent;

/**
 * Bulk ingestion of student files as jobs: a job keeps its file, waits for a worker
 * ({@link IngestionThreads}), and is loaded by {@link StudentFileLoad}; its status and counters live
 * in the job table, and while it runs in memory ({@link IngestionProgress}).
 */
@ApplicationScoped
public class IngestionService {

    private static final Logger LOG = Logger.getLogger(IngestionService.class);
    static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    private final IngestionJobs jobs;
    private final StudentFileLoad fileLoad;
    private final IngestionThreads threads;
    private final RegistryConfig config;
    private final Map<UUID, IngestionProgress> running = new ConcurrentHashMap<>();

    public IngestionService(IngestionJobs jobs, StudentFileLoad fileLoad, IngestionThreads threads, RegistryConfig config) {
        this.jobs = jobs;
        this.fileLoad = fileLoad;
        this.threads = threads;
        this.config = config;
    }

    void start(@Observes StartupEvent event) throws IOException {
        Files.createDirectories(config.ingestion().directory());
        int interrupted = jobs.interruptLeftovers();
        if (interrupted > 0) {
            LOG.infof("%d ingestion job(s) were cut short by the last stop; their loads were rolled back and can be run again",
                    interrupted);
        }
    }

    /**
     * Checks the file's type against its name, keeps it for the job, and queues the job.
     *
     * @throws FileProblemException when the file is empty or not what its name says
     */
    public IngestionJobRow submit(Path upload, String fileName, long roundId, IngestionMode mode, boolean dryRun,
            ColumnMapping mapping, String createdBy, SchoolScope schools) throws IOException {
        FileFormat format = FileSniffer.check(upload, fileName, XlsxLimits.of(config.ingestion()));
        UUID id = UUID.randomUUID();
        Path kept = file(id);
        try {
            Files.move(upload, kept, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.copy(upload, kept, StandardCopyOption.REPLACE_EXISTING);
        }
        jobs.insert(new IngestionJobRow.New(id, roundId, fileName, format, mode, dryRun, mapping.asMap(), createdBy,
                schools));
        schedule(id);
        return jobs.find(id).orElseThrow();
    }

    /** As {@link #submit} for a file that arrives as a request body. */
    public IngestionJobRow submitBody(InputStream body, String fileName, long roundId, IngestionMode mode, boolean dryRun,
            ColumnMapping mapping, String createdBy, SchoolScope schools) throws IOException {
        Path received = receive(body);
        try {
            return submit(received, fileName, roundId, mode, dryRun, mapping, createdBy, schools);
        } finally {
            Files.deleteIfExists(received);
        }
    }

    /** Writes a request body to a file of the ingestion directory as it arrives, never all of it in memory. */
    private Path receive(InputStream body) throws IOException {
        Path file = Files.createTempFile(config.ingestion().directory(), "upload-", ".part");
        try (OutputStream out = Files.newOutputStream(file)) {
            body.transferTo(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return file;
    }

    /** Whether a job may run again: it failed or was interrupted, and its file is still kept. */
    public boolean mayRerun(IngestionJobRow job) {
        return job.status().mayBecome(IngestionJobStatus.QUEUED) && Files.exists(file(job.id()));
    }

    /** Runs a failed or interrupted job again from its kept file. */
    public IngestionJobRow rerun(IngestionJobRow job) {
        if (!mayRerun(job)) {
            throw new IllegalStateException("job " + job.id() + " cannot run again");
        }
        jobs.queued(job.id());
        schedule(job.id());
        return jobs.find(job.id()).orElseThrow();
    }

    /** The live counters of a job that is running now. */
    public Optional<IngestionProgress> progress(UUID id) {
        return Optional.ofNullable(running.get(id));
    }

    private void schedule(UUID id) {
        running.put(id, new IngestionProgress());
        threads.submit(() -> run(id));
    }

    private Path file(UUID id) {
        return config.ingestion().directory().resolve(id.toString());
    }

    void run(UUID id) {
        IngestionProgress progress = running.get(id);
        IngestionJobRow job = jobs.find(id).orElseThrow();
        Path file = file(id);
        try {
            TextEncoding.Detected encoding = job.format() == FileFormat.CSV ? TextEncoding.detect(file) : null;
            jobs.started(id, encoding != null ? encoding.label() : job.format() == FileFormat.JSONL ? "UTF-8" : null);
            ColumnMapping mapping = job.mapping().isEmpty() ? ColumnMapping.defaults() : ColumnMapping.of(job.mapping());
            fileLoad.load(job, file, encoding, mapping, progress);
            Files.deleteIfExists(file);
        } catch (FileProblemException problem) {
            jobs.failed(id, problem.finding(), progress.rowsRead.get());
        } catch (Exception e) {
            LOG.errorf(e, "ingestion job %s failed", id);
            jobs.failed(id, RegistryMessage.INTERNAL.at(null, id), progress.rowsRead.get());
        } finally {
            running.remove(id);
        }
    }
}
