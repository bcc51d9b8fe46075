package dev.parley.common.events;

import java.util.concurrent.atomic.AtomicInteger;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

/** Delivers events to the subscribers connected to this instance, in the order they were published. */
@DefaultBean
@ApplicationScoped
public class InProcessLiveEvents implements LiveEvents {

    /** Room for a burst of changes while a subscriber is still sending earlier ones. */
    private static final int BACKLOG = 1_000;

    private final BroadcastProcessor<LiveEvent> processor = BroadcastProcessor.create();
    private final AtomicInteger subscribers = new AtomicInteger();

    /** Serialised, as a processor must never be fed from two threads at once, and so every subscriber sees one order. */
    @Override
    public synchronized void publish(LiveEvent event) {
        processor.onNext(event);
    }

    /*
     * Each subscriber runs its selection set on a worker thread of its own: the publishing thread is still
     * finishing the committed transaction, and a slow subscriber must not hold up the others.
     */
    @Override
    public <E extends LiveEvent> Multi<E> stream(Class<E> type) {
        return processor.onOverflow().buffer(BACKLOG)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .filter(type::isInstance)
                .map(type::cast)
                .onSubscription().invoke(subscribers::incrementAndGet)
                .onTermination().invoke(subscribers::decrementAndGet);
    }

    @Override
    public int subscribers() {
        return subscribers.get();
    }
}
