package dev.parley.common.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Subscribers must never see a change that was rolled back, so events leave only after a successful commit. */
@ApplicationScoped
public class PublishAfterCommit {

    @Inject
    LiveEvents liveEvents;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) LiveEvent event) {
        liveEvents.publish(event);
    }
}
