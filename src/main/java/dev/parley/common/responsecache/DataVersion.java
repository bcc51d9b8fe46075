package dev.parley.common.responsecache;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * A number that moves on after every write operation: a cached answer is served only while the version it was
 * computed under is still current. Advanced once the mutation's transactions have committed, so an answer
 * computed meanwhile (which may hold the old data) is never stored under the new version.
 */
@ApplicationScoped
public class DataVersion {

    private final AtomicLong version = new AtomicLong();

    public long current() {
        return version.get();
    }

    public void advance() {
        version.incrementAndGet();
    }
}
