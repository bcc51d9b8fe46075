package dev.parley.support;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.concurrent.atomic.AtomicInteger;

import dev.parley.common.DatePrecision;
import dev.parley.incidents.CasualtyReport;
import dev.parley.incidents.EventType;
import dev.parley.incidents.Incident;
import dev.parley.incidents.Place;
import dev.parley.incidents.Verification;
import dev.parley.parties.Party;
import dev.parley.parties.PartyKind;
import dev.parley.parties.Person;
import dev.parley.sources.Source;
import dev.parley.statements.Statement;
import dev.parley.talks.Attendance;
import dev.parley.talks.Participation;
import dev.parley.talks.ParticipationRole;
import dev.parley.talks.Talks;
import dev.parley.talks.TalksFormat;
import dev.parley.talks.TalksStatus;
import dev.parley.talks.Venue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;

/**
 * Records a test makes for itself, each committed at once. Tests place their data in years far from
 * the demo data (2025), each test class in its own year, so they never see one another's rows.
 */
@ApplicationScoped
public class TestData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Transactional(TxType.REQUIRES_NEW)
    public Source source(String title) {
        Source source = new Source();
        source.title = title;
        source.persist();
        return source;
    }

    @Transactional(TxType.REQUIRES_NEW)
    public Party party(String name) {
        Party party = new Party();
        party.name = name + " #" + SEQUENCE.incrementAndGet();
        party.kind = PartyKind.STATE;
        party.persist();
        return party;
    }

    @Transactional(TxType.REQUIRES_NEW)
    public Person person(String name, Party party) {
        Person person = new Person();
        person.name = name;
        person.party = party;
        person.persist();
        return person;
    }

    @Transactional(TxType.REQUIRES_NEW)
    public Talks talks(String title, LocalDate start, LocalDate end) {
        Talks talks = new Talks();
        talks.title = title;
        talks.venue = new Venue();
        talks.venue.city = "Geneva";
        talks.venue.country = "Switzerland";
        talks.startDate = start;
        talks.endDate = end;
        talks.status = TalksStatus.SCHEDULED;
        talks.format = TalksFormat.DIRECT;
        talks.persist();
        return talks;
    }

    @Transactional(TxType.REQUIRES_NEW)
    public Participation participant(Talks talks, Party party, Person person, ParticipationRole role) {
        Participation participation = new Participation();
        participation.talks = Talks.findById(talks.id);
        participation.party = Party.findById(party.id);
        participation.person = person == null ? null : Person.findById(person.id);
        participation.role = role;
        participation.attendance = Attendance.CONFIRMED;
        participation.persist();
        return participation;
    }

    @Transactional(TxType.REQUIRES_NEW)
    public Incident incident(LocalDate occurredOn, String admin1, Party actor, Source source) {
        Place place = new Place();
        place.name = "Test place " + SEQUENCE.incrementAndGet();
        place.admin1 = admin1;
        place.country = "Ukraine";
        place.persist();
        Incident incident = new Incident();
        incident.occurredOn = occurredOn;
        incident.datePrecision = DatePrecision.DAY;
        incident.place = place;
        incident.actor = actor == null ? null : Party.findById(actor.id);
        incident.eventType = EventType.EXPLOSIONS_REMOTE_VIOLENCE;
        incident.verification = Verification.REPORTED;
        incident.sources = new HashSet<>();
        if (source != null) {
            incident.sources.add(Source.findById(source.id));
        }
        incident.persist();
        return incident;
    }

    @Transactional(TxType.REQUIRES_NEW)
    public CasualtyReport casualties(Incident incident, LocalDate reportedOn, Integer killed, Integer wounded) {
        CasualtyReport report = new CasualtyReport();
        report.reportedOn = reportedOn;
        report.reportedOnPrecision = DatePrecision.DAY;
        report.killed = killed;
        report.wounded = wounded;
        return CasualtyReport.append(Incident.findById(incident.id), report);
    }

    /** Another editor's change, committed at once: raises the talks' version. */
    @Transactional(TxType.REQUIRES_NEW)
    public void changeNotes(Talks talks, String notes) {
        Talks.<Talks> findById(talks.id).notes = notes;
    }

    /**
     * The statements list has no date range, and other tests read it whole: a test that records statements
     * retracts them afterwards (retracted statements leave the list), as an editor would remove them.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public void retractStatementsOfParties(String partyNameLike) {
        Statement.update("retraction.retractedAt = ?1, retraction.reason = 'Test data' where retraction.retractedAt is null"
                + " and party.id in (select p.id from Party p where p.name like ?2)",
                OffsetDateTime.now(ZoneOffset.UTC), partyNameLike);
    }
}
