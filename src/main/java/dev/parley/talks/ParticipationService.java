package dev.parley.talks;

import dev.parley.common.InvalidInputException;
import dev.parley.common.Inputs;
import dev.parley.common.References;
import dev.parley.common.Versions;
import dev.parley.common.events.LiveEvent;
import dev.parley.parties.Party;
import dev.parley.parties.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hibernate.Hibernate;

/** Who takes part in talks, and whether they are there. A change to participants is a change to the talks. */
@ApplicationScoped
public class ParticipationService {

    @Inject
    Inputs inputs;

    @Inject
    Event<LiveEvent> events;

    @Transactional
    public Participation add(AddParticipant input) {
        inputs.validate(input);
        Participation participation = new Participation();
        participation.talks = References.require(Talks.class, "talksId", input.talksId());
        participation.talks.requireStanding("talksId");
        participation.party = References.require(Party.class, "partyId", input.partyId());
        participation.person = References.optional(Person.class, "personId", input.personId());
        if (participation.person == null && input.role() != ParticipationRole.DELEGATION) {
            throw new InvalidInputException("personId",
                    "is required unless the role is DELEGATION (a party's team with no named member)");
        }
        participation.role = input.role();
        participation.attendance = input.attendance();
        participation.notes = input.notes();
        participation.persist();
        events.fire(new TalksUpdated(participation.talks));
        return participation;
    }

    @Transactional
    public Participation updateAttendance(UpdateAttendance input) {
        inputs.validate(input);
        Participation participation = References.require(Participation.class, "participationId",
                input.participationId());
        Versions.require(participation, participation.version, input.version());
        participation.attendance = input.attendance();
        if (input.notes() != null) {
            participation.notes = input.notes();
        }
        Versions.flush(participation);
        // Subscribers read the talks after this transaction: hand them the loaded record, not a lazy reference.
        events.fire(new TalksUpdated((Talks) Hibernate.unproxy(participation.talks)));
        return participation;
    }
}
