package dev.parley.common.responsecache;

/**
 * A cache miss on its way through GraphQL: the route leaves it on the request, the engine's instrumentation
 * puts the serialised answer in it when the query ran without errors, the route stores it.
 */
final class PendingAnswer {

    static final String KEY = PendingAnswer.class.getName();

    final RequestKey key;
    final long version;
    volatile String body;

    PendingAnswer(RequestKey key, long version) {
        this.key = key;
        this.version = version;
    }
}
