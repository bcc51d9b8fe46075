package dev.parley.incidents;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.parley.common.batch.Batches;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Reads the casualty history of many incidents at once. */
@ApplicationScoped
public class CasualtyReports {

    /** Each incident's reports, oldest first (an empty list where there is none), in one statement. */
    @Transactional
    public List<List<CasualtyReport>> histories(List<Incident> incidents) {
        return Batches.groupUnder(incidents, CasualtyReport.historyOf(Batches.ids(incidents)), r -> r.incident.id);
    }

    /** Each incident's latest report, or its latest dated up to asOf; null where there is none. */
    @Transactional
    public List<CasualtyReport> latest(List<Incident> incidents, Optional<LocalDate> asOf) {
        return histories(incidents).stream()
                .map(history -> history.stream()
                        .filter(report -> asOf.isEmpty() || !report.reportedOn.isAfter(asOf.get()))
                        .reduce((earlier, later) -> later)
                        .orElse(null))
                .toList();
    }
}
