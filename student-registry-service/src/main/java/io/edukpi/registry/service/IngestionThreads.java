package io.edukpi.registry.service;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.edukpi.registry.config.RegistryConfig;
import io.edukpi.registry.persistence.StudentStaging;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * The threads of ingestion: a few job workers, each running one job at a time, and the workers that
 * run the other partitions of a job's load beside it.
 */
@ApplicationScoped
public class IngestionThreads {

    /** One step of a load, run on each partition's connection. */
    public interface PartitionStep<T> {
        T run(StudentStaging load) throws SQLException;
    }

    private final RegistryConfig config;
    private ExecutorService workers;
    private ExecutorService partitionWorkers;

    public IngestionThreads(RegistryConfig config) {
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        workers = Executors.newFixedThreadPool(config.ingestion().workers(), daemon("registry-ingestion"));
        // The first partition of a job runs on the job's own worker, the others here (none with one partition).
        int others = Math.max(1, config.ingestion().workers() * (StudentStaging.PARTITIONS - 1));
        partitionWorkers = Executors.newFixedThreadPool(others, daemon("registry-ingestion-partition"));
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        workers.shutdownNow();
        partitionWorkers.shutdownNow();
        workers.awaitTermination(5, TimeUnit.SECONDS);
        partitionWorkers.awaitTermination(5, TimeUnit.SECONDS);
    }

    /** Queues a job for the next free worker. */
    public void submit(Runnable job) {
        workers.submit(job);
    }

    /** Runs one step on every partition's connection at once (the first on this thread) and waits for all. */
    public <T> List<T> inParallel(List<StudentStaging> loads, PartitionStep<T> step) throws SQLException {
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

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
