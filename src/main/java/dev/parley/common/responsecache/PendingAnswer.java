package dev.parley.common.responsecache;

import io.vertx.core.buffer.Buffer;

/**
 * A cache miss on its way through GraphQL: the route leaves it on the request, the engine's instrumentation marks
 * it cacheable when it ran as a query without errors, the handler that writes the answer hands it the very bytes it
 * sends ({@link ResponseCacheRoute#answered}), and the route stores those.
 */
final class PendingAnswer {

    static final String KEY = PendingAnswer.class.getName();

    final RequestKey key;
    final long version;
    volatile boolean cacheable;
    volatile Buffer body;

    PendingAnswer(RequestKey key, long version) {
        this.key = key;
        this.version = version;
    }
}
