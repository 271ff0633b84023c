package io.edukpi.gateway;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * The caller's request body on its way to the service, chunk by chunk. It fails once more than
 * {@code limit} bytes have come (for bodies that do not declare their length): the proxy then
 * resets the call to the service, which never sees the rest, and the caller gets a 413. It also
 * says when the body is complete, so the service's deadline starts then and not while a large
 * upload is still flowing.
 */
final class MeteredBody implements ReadStream<Buffer> {

    /** The body went over the route's limit. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super("request body over the route's limit", null, false, false);
        }
    }

    private final ReadStream<Buffer> source;
    private final long limit;
    private long seen;
    private boolean exceeded;
    private Handler<Throwable> exceptionHandler;
    private Runnable onEnd = () -> {
    };

    MeteredBody(ReadStream<Buffer> source, long limit) {
        this.source = source;
        this.limit = limit;
    }

    boolean exceeded() {
        return exceeded;
    }

    /** Runs once the whole body has passed. */
    void onEnd(Runnable action) {
        onEnd = action;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        exceptionHandler = handler;
        source.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        if (handler == null) {
            source.handler(null);
            return this;
        }
        source.handler(chunk -> {
            if (exceeded) {
                return;
            }
            seen += chunk.length();
            if (seen > limit) {
                exceeded = true;
                source.pause();
                if (exceptionHandler != null) {
                    exceptionHandler.handle(new TooLarge());
                }
                return;
            }
            handler.handle(chunk);
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        source.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        if (!exceeded) {
            source.resume();
        }
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        if (!exceeded) {
            source.fetch(amount);
        }
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
        source.endHandler(endHandler == null ? null : done -> {
            onEnd.run();
            endHandler.handle(done);
        });
        return this;
    }
}
