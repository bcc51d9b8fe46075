package dev.parley.common.events;

import java.util.concurrent.Executor;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;

/** Delivers events to the subscribers connected to this instance. */
@ApplicationScoped
public class InProcessLiveEvents implements LiveEvents {

    private final BroadcastProcessor<LiveEvent> processor = BroadcastProcessor.create();

    /*
     * Delivery runs the subscribers' selection sets, which read the database in transactions of their
     * own; the publishing thread is still finishing the committed one, so hand over to a worker.
     */
    private final Executor delivery = Infrastructure.getDefaultWorkerPool();

    @Override
    public void publish(LiveEvent event) {
        delivery.execute(() -> processor.onNext(event));
    }

    @Override
    public <E extends LiveEvent> Multi<E> stream(Class<E> type) {
        return processor.filter(type::isInstance).map(type::cast);
    }
}
