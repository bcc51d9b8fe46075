package dev.parley.incidents;

import dev.parley.common.InvalidInputException;
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

/** The rules for recording incidents: dates not in the future, a claimant for claims, figures only ever appended. */
@ApplicationScoped
public class IncidentService {

    @Inject
    Inputs inputs;

    @Inject
    Event<LiveEvent> events;

    @Transactional
    public Incident report(ReportIncident input) {
        inputs.validate(input);
        Incident incident = new Incident();
        incident.occurredOn = input.occurredOn();
        incident.datePrecision = input.datePrecision();
        incident.actor = References.optional(Party.class, "actorPartyId", input.actorPartyId());
        incident.actorInferred = Boolean.TRUE.equals(input.actorInferred());
        incident.target = input.target();
        incident.eventType = input.eventType();
        incident.subEventType = input.subEventType();
        incident.civiliansTargeted = Boolean.TRUE.equals(input.civiliansTargeted());
        incident.verification = input.verification();
        incident.claimedBy = References.optional(Party.class, "claimedByPartyId", input.claimedByPartyId());
        requireClaimant(incident);
        incident.notes = input.notes();
        incident.conflict = References.optional(Conflict.class, "conflictId", input.conflictId());
        incident.sources = References.all(Source.class, "sourceIds", input.sourceIds());
        incident.place = input.place().toPlace();
        incident.place.persist();
        incident.persist();
        events.fire(new IncidentReported(incident, incident.place));
        return incident;
    }

    @Transactional
    public CasualtyReport reviseCasualties(ReviseCasualties input) {
        inputs.validate(input);
        Incident incident = References.require(Incident.class, "incidentId", input.incidentId());
        incident.requireStanding("incidentId");
        CasualtyReport report = new CasualtyReport();
        report.reportedOn = input.reportedOn();
        report.reportedOnPrecision = input.reportedOnPrecision();
        report.killed = input.killed();
        report.wounded = input.wounded();
        report.qualifier = input.qualifier();
        report.source = References.optional(Source.class, "sourceId", input.sourceId());
        CasualtyReport.append(incident, report);
        events.fire(new CasualtiesRevised(report));
        return report;
    }

    @Transactional
    public Incident changeVerification(ChangeVerification input) {
        inputs.validate(input);
        Incident incident = EditableRecord.editable(Incident.class, "incidentId", input.incidentId(), input.version());
        incident.verification = input.verification();
        incident.verificationReason = input.reason();
        if (input.claimedByPartyId() != null) {
            incident.claimedBy = References.require(Party.class, "claimedByPartyId", input.claimedByPartyId());
        }
        requireClaimant(incident);
        Versions.flush(incident);
        return incident;
    }

    @Transactional
    public Incident retract(Retract input) {
        inputs.validate(input);
        Incident incident = EditableRecord.editable(Incident.class, "id", input.id(), input.version());
        incident.retract(input.reason());
        return incident;
    }

    private static void requireClaimant(Incident incident) {
        if (incident.verification == Verification.CLAIMED && incident.claimedBy == null) {
            throw new InvalidInputException("claimedByPartyId", "is required when verification is CLAIMED");
        }
    }
}
