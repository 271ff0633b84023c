package io.edukpi.registry.service;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.edukpi.registry.config.RegistryConfig;
import io.edukpi.registry.domain.IngestionJobStatus;
import io.edukpi.registry.domain.IngestionMode;
import io.edukpi.registry.ingest.ColumnMapping;
import io.edukpi.registry.ingest.CsvRows;
import io.edukpi.registry.ingest.FileFormat;
import io.edukpi.registry.ingest.FileSniffer;
import io.edukpi.registry.ingest.IngestionProgress;
import io.edukpi.registry.ingest.JsonLinesRows;
import io.edukpi.registry.ingest.StagingWriter;
import io.edukpi.registry.ingest.TextEncoding;
import io.edukpi.registry.ingest.XlsxLimits;
import io.edukpi.registry.ingest.XlsxRows;
import io.edukpi.registry.persistence.IngestionJobRow;
import io.edukpi.registry.persistence.IngestionJobs;
import io.edukpi.registry.persistence.MergeResult;
import io.edukpi.registry.persistence.StudentStaging;

/**
 * Loads one job's file through staging COPY, set-based checks and one merge, on one connection per
 * partition of the people at once (see {@link StudentStaging#PARTITIONS}), each partition in one
 * transaction: every row is merged whole or not at all, a failure rolls every partition back, and
 * running a job again is safe, since merging unchanged rows changes nothing. An all-or-nothing job
 * runs in a single transaction.
 */
@ApplicationScoped
public class StudentFileLoad {

    private static final Logger LOG = Logger.getLogger(StudentFileLoad.class);

    private final AgroalDataSource dataSource;
    private final IngestionJobs jobs;
    private final IngestionThreads threads;
    private final ObjectMapper mapper;
    private final XlsxLimits xlsxLimits;

    public StudentFileLoad(AgroalDataSource dataSource, IngestionJobs jobs, IngestionThreads threads, ObjectMapper mapper,
            RegistryConfig config) {
        this.dataSource = dataSource;
        this.jobs = jobs;
        this.threads = threads;
        this.mapper = mapper;
        this.xlsxLimits = XlsxLimits.of(config.ingestion());
    }

    /** What the checks found: the rows read and how many of them are rejected. */
    private record Checked(long read, long rejected) {
    }

    public void load(IngestionJobRow job, Path file, TextEncoding.Detected encoding, ColumnMapping mapping,
            IngestionProgress progress) throws Exception {
        long begin = System.nanoTime();
        // Accepted rows of a file are loaded on one connection per partition of the people at once; an
        // all-or-nothing file on one, so that a single commit decides about all of it.
        int partitions = job.mode() == IngestionMode.ALL_OR_NOTHING ? 1 : StudentStaging.PARTITIONS;
        List<Connection> connections = new ArrayList<>();
        try {
            for (int p = 0; p < partitions; p++) {
                Connection c = dataSource.getConnection();
                connections.add(c);
                c.setAutoCommit(false);
            }
            // The first connection holds the round's lock and writes the job's own rows.
            Connection first = connections.get(0);
            StudentStaging.lockRound(first, job.roundId());
            jobs.clearRejections(first, job.id());
            List<StudentStaging> loads = new ArrayList<>();
            for (Connection c : connections) {
                try (Statement st = c.createStatement()) {
                    // The checks and the merge hash and sort a whole file's people: in memory instead of spilled batches.
                    st.execute("set local work_mem = '128MB'");
                }
                loads.add(new StudentStaging(c));
            }
            StagingWriter writer = StudentStaging.copy(loads, outs -> read(job.format(), file, encoding, mapping,
                    new StagingWriter(outs, mapping, job.format() == FileFormat.CSV,
                            job.format() != FileFormat.CSV || FileSniffer.endsWithNewline(file),
                            LocalDate.now(IngestionService.BANGKOK), progress)));
            long copied = System.nanoTime();
            progress.phase = IngestionProgress.Phase.CHECKING;
            Checked checked = check(job, loads, writer, progress);
            long checkedAt = System.nanoTime();
            MergeResult merged = MergeResult.NOTHING;
            if (job.mode().merges(job.dryRun(), checked.rejected())) {
                progress.phase = IngestionProgress.Phase.MERGING;
                if (partitions == 1) {
                    loads.get(0).lockAllPartitions();
                } else {
                    for (int p = 0; p < partitions; p++) {
                        loads.get(p).lockPartition(p);
                    }
                }
                for (MergeResult partition : threads.inParallel(loads, load -> load.merge(job.roundId(), false))) {
                    merged = merged.plus(partition);
                }
            }
            long mergedAt = System.nanoTime();
            IngestionJobStatus status = job.mode().outcome(checked.rejected());
            jobs.finished(first, job.id(), status, checked.read(), checked.rejected(), merged);
            // The first connection last: it ends the job and releases the round.
            for (int p = partitions - 1; p >= 0; p--) {
                connections.get(p).commit();
            }
            LOG.infof("ingestion job %s: %d rows, %d rejected, %d partition(s); read+COPY %d ms, checks %d ms, merge %d ms, "
                    + "commit %d ms (%s)", job.id(), checked.read(), checked.rejected(), partitions,
                    (copied - begin) / 1_000_000, (checkedAt - copied) / 1_000_000, (mergedAt - checkedAt) / 1_000_000,
                    (System.nanoTime() - mergedAt) / 1_000_000,
                    loads.stream().map(StudentStaging::timings).collect(Collectors.joining("; ")));
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

    /** Streams the file through the writer into the COPY streams; answers the writer, which knows the file's columns. */
    private StagingWriter read(FileFormat format, Path file, TextEncoding.Detected encoding, ColumnMapping mapping,
            StagingWriter writer) throws IOException {
        switch (format) {
            case CSV -> CsvRows.read(file, encoding, writer);
            case XLSX -> XlsxRows.read(file, xlsxLimits, writer);
            case JSONL -> JsonLinesRows.read(file, mapping.jsonKeys(), mapper, writer);
        }
        writer.finish();
        return writer;
    }

    private Checked check(IngestionJobRow job, List<StudentStaging> loads, StagingWriter writer, IngestionProgress progress)
            throws SQLException {
        long rejected = 0;
        for (long count : threads.inParallel(loads, load -> {
            long n = load.check(job.roundId(), job.schools(), writer::columnTitle);
            load.keepRejections(job.id());
            return n;
        })) {
            rejected += count;
        }
        return new Checked(progress.rowsRead.get(), rejected);
    }
}
