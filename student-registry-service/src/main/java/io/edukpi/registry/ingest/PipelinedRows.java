package io.edukpi.registry.ingest;

import io.edukpi.registry.domain.Violation;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Hands the rows a reader reports to another listener on a second thread, in batches through a
 * small bounded queue, so that reading and splitting the file runs beside validating the rows and
 * feeding COPY instead of before it (measured on a million-row file: the read-and-COPY phase was
 * one thread's work). The order of the rows is kept; the header is passed on at once, on the
 * reader's thread, so a missing column fails there. A failure on either side stops the other and
 * comes out of {@link #finish()} or the next {@code row} call.
 */
public final class PipelinedRows implements RowListener, AutoCloseable {

    private static final int BATCH = 1024;
    private static final Object[] END = new Object[0];

    private final RowListener target;
    private final BlockingQueue<Object[]> queue = new ArrayBlockingQueue<>(8);
    private final Thread consumer;
    private volatile Throwable failure;
    private Object[] batch = new Object[BATCH];
    private int size;

    public PipelinedRows(RowListener target, String threadName) {
        this.target = target;
        this.consumer = new Thread(this::consume, threadName);
        this.consumer.setDaemon(true);
        this.consumer.start();
    }

    @Override
    public void header(String[] names) {
        target.header(names);
    }

    @Override
    public void row(long row, String[] cells, boolean last) {
        add(new Row(row, cells, last, null));
    }

    @Override
    public void unreadable(long row, Violation violation) {
        add(new Row(row, null, false, violation));
    }

    /** Waits until every row has been handed on; rethrows what failed on the other thread. */
    public void finish() {
        if (size > 0) {
            put(batch);
        }
        put(END);
        join();
        rethrow();
    }

    /** Stops the other thread when the reader gave up half-way. */
    @Override
    public void close() {
        if (consumer.isAlive()) {
            consumer.interrupt();
            join();
        }
    }

    private void add(Row row) {
        batch[size++] = row;
        if (size == BATCH) {
            put(batch);
            batch = new Object[BATCH];
            size = 0;
        }
    }

    private void put(Object[] items) {
        try {
            while (!queue.offer(items, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                rethrow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the file", e);
        }
        rethrow();
    }

    private void consume() {
        try {
            while (true) {
                Object[] items = queue.take();
                if (items == END) {
                    return;
                }
                for (Object item : items) {
                    if (item == null) {
                        break;
                    }
                    Row r = (Row) item;
                    if (r.violation() != null) {
                        target.unreadable(r.row(), r.violation());
                    } else {
                        target.row(r.row(), r.cells(), r.last());
                    }
                }
            }
        } catch (InterruptedException e) {
            // the reader failed and closed the pipeline
        } catch (Throwable t) {
            failure = t;
            queue.clear();
        }
    }

    private void join() {
        try {
            consumer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the file", e);
        }
    }

    private void rethrow() {
        Throwable t = failure;
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new IllegalStateException(t);
        }
    }

    private record Row(long row, String[] cells, boolean last, Violation violation) {
    }
}
