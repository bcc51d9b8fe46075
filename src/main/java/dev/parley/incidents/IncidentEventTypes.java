package dev.parley.incidents;

import dev.parley.common.events.LiveEventType;
import jakarta.enterprise.context.ApplicationScoped;

/** How incident events travel between instances (see PostgresLiveEvents). */
final class IncidentEventTypes {

    private IncidentEventTypes() {
    }

    @ApplicationScoped
    static class Reported implements LiveEventType<IncidentReported> {
        @Override
        public Class<IncidentReported> type() {
            return IncidentReported.class;
        }

        @Override
        public long recordId(IncidentReported event) {
            return event.incident().id;
        }

        @Override
        public IncidentReported reload(long recordId) {
            Incident incident = Incident.findById(recordId);
            return incident == null ? null : new IncidentReported(incident, (Place) org.hibernate.Hibernate.unproxy(incident.place));
        }
    }

    @ApplicationScoped
    static class Revised implements LiveEventType<CasualtiesRevised> {
        @Override
        public Class<CasualtiesRevised> type() {
            return CasualtiesRevised.class;
        }

        @Override
        public long recordId(CasualtiesRevised event) {
            return event.report().id;
        }

        @Override
        public CasualtiesRevised reload(long recordId) {
            CasualtyReport report = CasualtyReport.findById(recordId);
            return report == null ? null : new CasualtiesRevised(report);
        }
    }
}
