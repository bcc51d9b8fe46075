package dev.parley.common.responsecache;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The cache of whole /graphql answers to anonymous queries; see {@link ResponseCacheRoute}. */
@ConfigMapping(prefix = "parley.response-cache")
public interface ResponseCacheConfig {

    /** Off, every request runs the query. */
    @WithDefault("true")
    boolean enabled();

    /** Heap the cached answers may take together (bodies and request keys); the least used go first. */
    @WithDefault("64M")
    MemorySize maxSize();

    /** A larger answer is not kept: it would push out many smaller ones. */
    @WithDefault("8M")
    MemorySize maxEntrySize();

    /**
     * How long an answer is served at most. Writes through this instance, or through another on the same
     * PostgreSQL database (by NOTIFY), drop every answer at once; the bound is for a missed notification and for
     * writes made outside the service.
     */
    @WithDefault("10m")
    Duration timeToLive();
}
