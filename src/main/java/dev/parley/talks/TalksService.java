package dev.parley.talks;

import dev.parley.common.Inputs;
import dev.parley.common.References;
import dev.parley.common.Retract;
import dev.parley.common.Versions;
import dev.parley.common.events.LiveEvent;
import dev.parley.conflicts.Conflict;
import dev.parley.record.EditableRecord;
import dev.parley.parties.Party;
import dev.parley.sources.Source;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The rules for recording talks: dates in order, references that exist, no lost updates. */
@ApplicationScoped
public class TalksService {

    @Inject
    Inputs inputs;

    @Inject
    Event<LiveEvent> events;

    @Transactional
    public Talks schedule(ScheduleTalks input) {
        inputs.validate(input);
        Inputs.requireNotBefore("endDate", input.endDate(), "startDate", input.startDate());
        Talks talks = new Talks();
        talks.title = input.title();
        talks.venue = input.venue() == null ? null : input.venue().toVenue();
        talks.startDate = input.startDate();
        talks.endDate = input.endDate();
        talks.status = input.status();
        talks.format = input.format();
        talks.notes = input.notes();
        talks.mediatingParty = References.optional(Party.class, "mediatingPartyId", input.mediatingPartyId());
        talks.conflict = References.optional(Conflict.class, "conflictId", input.conflictId());
        talks.sources = References.all(Source.class, "sourceIds", input.sourceIds());
        talks.persist();
        events.fire(new TalksUpdated(talks));
        return talks;
    }

    @Transactional
    public Talks update(UpdateTalks input) {
        inputs.validate(input);
        Talks talks = EditableRecord.editable(Talks.class, "id", input.id(), input.version());
        if (input.status() != null) {
            talks.status = input.status();
        }
        if (input.startDate() != null) {
            talks.startDate = input.startDate();
        }
        if (input.endDate() != null) {
            talks.endDate = input.endDate();
        }
        if (input.notes() != null) {
            talks.notes = input.notes();
        }
        if (input.endDate() != null) {
            Inputs.requireNotBefore("endDate", talks.endDate, "startDate", talks.startDate);
        } else {
            Inputs.requireNotAfter("startDate", talks.startDate, "endDate", talks.endDate);
        }
        Versions.flush(talks);
        events.fire(new TalksUpdated(talks));
        return talks;
    }

    @Transactional
    public Talks retract(Retract input) {
        inputs.validate(input);
        Talks talks = EditableRecord.editable(Talks.class, "id", input.id(), input.version());
        talks.retract(input.reason());
        events.fire(new TalksUpdated(talks));
        return talks;
    }
}
