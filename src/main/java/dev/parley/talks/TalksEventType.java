package dev.parley.talks;

import dev.parley.common.events.LiveEventType;
import jakarta.enterprise.context.ApplicationScoped;

/** How talks events travel between instances (see PostgresLiveEvents). */
@ApplicationScoped
class TalksEventType implements LiveEventType<TalksUpdated> {

    @Override
    public Class<TalksUpdated> type() {
        return TalksUpdated.class;
    }

    @Override
    public long recordId(TalksUpdated event) {
        return event.talks().id;
    }

    @Override
    public TalksUpdated reload(long recordId) {
        Talks talks = Talks.findById(recordId);
        return talks == null ? null : new TalksUpdated(talks);
    }
}
