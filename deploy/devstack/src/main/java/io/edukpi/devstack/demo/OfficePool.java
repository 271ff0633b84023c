package io.edukpi.devstack.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/** A bounded pool ({@code --demo-threads}) that runs one piece of work per area office. */
final class OfficePool implements AutoCloseable {

    private final ExecutorService pool;

    OfficePool(int threads) {
        this.pool = Executors.newFixedThreadPool(threads);
    }

    /** Runs the work for every office; fails with the first failure after all ended. */
    void forEach(List<DemoData.Office> offices, Consumer<DemoData.Office> work) {
        List<Future<?>> futures = new ArrayList<>();
        ConcurrentLinkedQueue<RuntimeException> failures = new ConcurrentLinkedQueue<>();
        for (DemoData.Office office : offices) {
            futures.add(pool.submit(() -> {
                try {
                    work.accept(office);
                } catch (RuntimeException e) {
                    failures.add(new IllegalStateException("office " + office.code() + ": " + e.getMessage(), e));
                }
            }));
        }
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        if (!failures.isEmpty()) {
            RuntimeException first = failures.peek();
            throw new IllegalStateException(failures.size() + " office(s) failed; first: " + first.getMessage(), first);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
