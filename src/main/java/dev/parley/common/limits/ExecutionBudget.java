package dev.parley.common.limits;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Bounds the records all running operations may hold at once, so that the heap does: a 50-talks contract query
 * holds its 5,050 records (entities, then graphql-java's result) until its answer is written. The answer itself is
 * written once, as bytes (common/http AnswerJson), yet at 100,000 incidents 16 of them side by side still exhaust a
 * 512 MB heap (two side by side peaked at 395 MB): what remains is the engine's, not the answer's. An operation
 * waits (fairly, in arrival order) until its records fit, and fails with SERVER_BUSY after the wait allowed. Small
 * queries cost what they ask for, so they are rarely held up.
 */
final class ExecutionBudget {

    private final Semaphore records;
    private final int capacity;
    private final Duration wait;

    ExecutionBudget(int capacity, Duration wait) {
        this.records = new Semaphore(capacity, true);
        this.capacity = capacity;
        this.wait = wait;
    }

    /** Takes room for an operation of up to {@code requested} records; returns how much to give back. */
    int acquire(long requested) {
        int permits = (int) Math.max(1, Math.min(requested, capacity));
        long started = System.nanoTime();
        try {
            if (!records.tryAcquire(permits, wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ServerBusy(requested, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerBusy(requested, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        }
        return permits;
    }

    void release(int permits) {
        records.release(permits);
    }
}
