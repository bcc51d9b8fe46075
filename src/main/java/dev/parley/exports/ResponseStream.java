package dev.parley.exports;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;

/**
 * The body of a streamed response, written from a worker thread in chunks. A chunk is handed to Vert.x only once
 * the one before has reached the socket, so at most two chunks are in memory whatever the export's size, and a
 * slow client slows the database read instead of filling the heap. A client that goes away fails the next write,
 * which stops the export.
 */
final class ResponseStream extends OutputStream {

    private static final int CHUNK = 64 * 1024;
    /** How long a client may take to accept one chunk. */
    private static final long WRITE_TIMEOUT_SECONDS = 120;

    private final HttpServerResponse response;
    private Buffer pending = Buffer.buffer(CHUNK);
    private Future<Void> inFlight = Future.succeededFuture();
    private boolean started;

    ResponseStream(HttpServerResponse response) {
        this.response = response;
    }

    /** Whether any byte of the body has been handed to the response (the status can no longer change). */
    boolean started() {
        return started;
    }

    @Override
    public void write(int b) throws IOException {
        pending.appendByte((byte) b);
        if (pending.length() >= CHUNK) {
            push();
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        pending.appendBytes(bytes, offset, length);
        if (pending.length() >= CHUNK) {
            push();
        }
    }

    /** Ends the response with what is left. */
    @Override
    public void close() throws IOException {
        awaitInFlight();
        started = true;
        await(response.end(pending));
    }

    private void push() throws IOException {
        awaitInFlight();
        started = true;
        inFlight = response.write(pending);
        pending = Buffer.buffer(CHUNK);
    }

    private void awaitInFlight() throws IOException {
        await(inFlight);
    }

    private static void await(Future<Void> write) throws IOException {
        try {
            write.toCompletionStage().toCompletableFuture().get(WRITE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("export interrupted");
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("the client stopped reading the export", e);
        }
    }
}
