package dev.parley.common.events;

import io.smallrye.mutiny.Multi;

/**
 * Where committed changes go to reach subscribers. The in-process implementation reaches the subscribers
 * of this instance only; one over PostgreSQL LISTEN/NOTIFY can replace it for several instances.
 */
public interface LiveEvents {

    void publish(LiveEvent event);

    <E extends LiveEvent> Multi<E> stream(Class<E> type);

    /** Streams subscribed now: each subscription of each connected client holds one until it is cancelled. */
    int subscribers();
}
