package dev.parley.common.responsecache;

import java.util.concurrent.atomic.AtomicLong;

import dev.parley.common.events.Writes.WrittenElsewhere;
import dev.parley.common.events.Writes.WrittenHere;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * A number that moves on after every committed change: a cached answer is served only while the version it was
 * computed under is still current. It moves once a transaction that changed data has committed (the same
 * after-commit observer as PublishAfterCommit), so an answer computed meanwhile (which may hold the old data) is
 * never stored under the new version, and a refused, failed or rolled-back mutation moves nothing: anonymous
 * clients cannot empty the cache. Each local advance is announced as {@link WrittenHere}, for other instances
 * sharing the database (PostgresLiveEvents).
 */
@ApplicationScoped
public class DataVersion {

    private final AtomicLong version = new AtomicLong();

    @Inject
    Event<WrittenHere> written;

    public long current() {
        return version.get();
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) DataChanged change) {
        advance();
    }

    /** After a write through this instance. */
    public void advance() {
        version.incrementAndGet();
        written.fire(new WrittenHere());
    }

    /** After a write through another instance: nothing to announce. */
    void advanceForElsewhere(@Observes WrittenElsewhere written) {
        version.incrementAndGet();
    }

    /** A transaction changes data; fired inside it by {@link WriteStatements}. */
    public record DataChanged() {
    }
}
