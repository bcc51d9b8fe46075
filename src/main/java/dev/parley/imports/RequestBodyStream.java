package dev.parley.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.vertx.core.Context;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;

/**
 * An HTTP request body as a blocking stream for the import's thread, holding at most a few buffers: when the import
 * falls behind, the request is paused (TCP back-pressure slows the client), and resumed once it has caught up.
 * Memory stays the same whatever the size of the file.
 */
final class RequestBodyStream extends InputStream {

    private static final int PAUSE_AT = 16;
    private static final int RESUME_AT = 4;
    private static final Object END = new Object();
    /** No byte for this long: the client is gone without closing. */
    private static final long IDLE_SECONDS = 300;

    private final HttpServerRequest request;
    private final Context context;
    private final LinkedBlockingQueue<Object> chunks = new LinkedBlockingQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private volatile boolean paused;
    private Buffer current;
    private int position;
    private boolean ended;

    RequestBodyStream(HttpServerRequest request, Context context) {
        this.request = request;
        this.context = context;
        request.handler(buffer -> {
            chunks.add(buffer);
            if (queued.incrementAndGet() >= PAUSE_AT && !paused) {
                paused = true;
                request.pause();
            }
        });
        request.endHandler(v -> chunks.add(END));
        request.exceptionHandler(failure -> chunks.add(new IOException("the upload broke off: " + failure.getMessage())));
        request.resume();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (current == null || position >= current.length()) {
            if (ended) {
                return -1;
            }
            Object next = take();
            if (next == END) {
                ended = true;
                return -1;
            }
            if (next instanceof IOException failure) {
                ended = true;
                throw failure;
            }
            current = (Buffer) next;
            position = 0;
            if (queued.decrementAndGet() <= RESUME_AT && paused) {
                paused = false;
                context.runOnContext(v -> request.resume());
            }
        }
        int count = Math.min(length, current.length() - position);
        current.getBytes(position, position + count, buffer, offset);
        position += count;
        return count;
    }

    private Object take() throws IOException {
        try {
            Object next = chunks.poll(IDLE_SECONDS, TimeUnit.SECONDS);
            if (next == null) {
                throw new IOException("no data for %d seconds".formatted(IDLE_SECONDS));
            }
            return next;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
    }
}
