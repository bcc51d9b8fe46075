package dev.parley.imports;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.parley.common.Retraction;
import dev.parley.common.events.LiveEvent;
import dev.parley.conflicts.Conflict;
import dev.parley.incidents.CasualtyReport;
import dev.parley.incidents.Incident;
import dev.parley.incidents.Place;
import dev.parley.incidents.Verification;
import dev.parley.parties.Party;
import dev.parley.sources.Source;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

/**
 * Writes one chunk of rows in one transaction, through Hibernate (so the audit trail records every record, named
 * after the job), together with the job's counters: a chunk is in the database whole or not at all, and an
 * interrupted import leaves no half-written incident. Rows are matched on their dataset id, which makes a second
 * import of the same rows a no-op and a changed toll one appended casualty report.
 */
@ApplicationScoped
class ChunkWriter {

    /** One JDBC batch per statement and chunk (500 rows by default); the driver splits it into multi-row inserts. */
    private static final int JDBC_BATCH = 500;

    @Inject
    EntityManager em;

    @Inject
    Event<LiveEvent> events;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    ImportJob writeIncidents(long jobId, Dataset dataset, List<ImportedIncident> rows, ChunkCounts counts, Lookups lookups) {
        em.unwrap(Session.class).setJdbcBatchSize(JDBC_BATCH);
        Map<String, Incident> known = existing(dataset, rows.stream().map(ImportedIncident::externalId).toList());
        Map<Long, CasualtyReport> latest = latestReports(known.values().stream().map(i -> i.id).toList());
        Long datasetSource = lookups.datasetSource;
        References references = new References(em);
        resolveNames(rows.stream().filter(row -> !known.containsKey(row.externalId())).toList(), lookups);
        Pending pending = new Pending();
        for (ImportedIncident row : rows) {
            Incident incident = known.get(row.externalId());
            if (incident != null) {
                if (incident.id == null) {
                    pending.persist(em, latest); // the same event twice in one chunk: the second is a revision of the first
                }
                reviseIfChanged(incident, row, latest, datasetSource, counts, references);
                continue;
            }
            incident = newIncident(dataset, row, lookups, references);
            CasualtyReport report = report(row, datasetSource, references);
            report.incident = incident;
            incident.currentKilled = report.killed;
            pending.add(incident, report);
            known.put(row.externalId(), incident);
            counts.written++;
        }
        pending.persist(em, latest);
        return finish(jobId, counts);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    ImportJob writeDeletions(long jobId, Dataset dataset, List<AcledRows.Deletion> rows, ChunkCounts counts) {
        Map<String, Incident> known = existing(dataset, rows.stream().map(AcledRows.Deletion::externalId).toList());
        for (AcledRows.Deletion deletion : rows) {
            Incident incident = known.get(deletion.externalId());
            if (incident == null || incident.retraction != null) {
                counts.unchanged++;
                continue;
            }
            Retraction retraction = Retraction.now("Deleted from %s (deletions list)".formatted(dataset.title));
            if (deletion.deletedAt() != null) {
                retraction.retractedAt = deletion.deletedAt();
            }
            incident.retraction = retraction;
            counts.retracted++;
        }
        return finish(jobId, counts);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void findDatasetSource(Dataset dataset, Lookups lookups) {
        Source source = Source.find("title = ?1 and publisher = ?2", dataset.title, dataset.publisher).firstResult();
        if (source == null) {
            source = new Source();
            source.title = dataset.title;
            source.publisher = dataset.publisher;
            source.url = dataset.url;
            source.attribution = dataset.attribution;
            source.notes = "The dataset itself: every incident imported from it cites it.";
            source.persist();
        } else if (!dataset.attribution.equals(source.attribution)) {
            // The credit line was reworded since an earlier import: the source shows the current one.
            source.attribution = dataset.attribution;
        }
        lookups.datasetSource = source.id;
    }

    private ImportJob finish(long jobId, ChunkCounts counts) {
        ImportJob job = em.find(ImportJob.class, jobId);
        int kept = Math.min(job.rowsRejected, ImportJob.MAX_REJECTIONS_KEPT);
        for (ChunkCounts.Rejected rejected : counts.rejected) {
            if (kept++ < ImportJob.MAX_REJECTIONS_KEPT) {
                em.persist(ImportRejection.of(jobId, rejected.line(), rejected.reason()));
            }
        }
        job.rowsRead += counts.read;
        job.bytesRead = counts.bytesRead;
        job.rowsWritten += counts.written;
        job.rowsRevised += counts.revised;
        job.rowsUnchanged += counts.unchanged;
        job.rowsRetracted += counts.retracted;
        job.rowsRejected += counts.rejected.size();
        job.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        em.flush();
        events.fire(new ImportProgressed(job));
        return job;
    }

    /** New incidents persisted one type after the other, so that the JDBC batches hold many rows of one statement. */
    private static final class Pending {
        private final List<Incident> incidents = new ArrayList<>();
        private final List<CasualtyReport> reports = new ArrayList<>();

        void add(Incident incident, CasualtyReport report) {
            incidents.add(incident);
            reports.add(report);
        }

        void persist(EntityManager em, Map<Long, CasualtyReport> latest) {
            incidents.forEach(incident -> em.persist(incident.place));
            incidents.forEach(em::persist);
            for (CasualtyReport report : reports) {
                em.persist(report);
                latest.put(report.incident.id, report);
            }
            incidents.clear();
            reports.clear();
        }
    }

    /**
     * The chunk's references to parties, conflicts and sources, one per id: a chunk names the same few thousand times,
     * and each {@code getReference} runs Hibernate's load event. Ids are unique across types (ParleyEntity), so the id
     * alone is the key. Lives as long as the chunk's session.
     */
    private static final class References {
        private final EntityManager em;
        private final Map<Long, Object> byId = new HashMap<>();

        References(EntityManager em) {
            this.em = em;
        }

        <T> T of(Class<T> type, Long id) {
            return type.cast(byId.computeIfAbsent(id, key -> em.getReference(type, key)));
        }
    }

    private void reviseIfChanged(Incident incident, ImportedIncident row, Map<Long, CasualtyReport> latest, Long datasetSource,
            ChunkCounts counts, References references) {
        CasualtyReport last = latest.get(incident.id);
        boolean same = last == null ? row.figures().killed() == null
                : row.figures().sameAs(last.killed, last.killedLow, last.killedHigh);
        if (same || incident.retraction != null) {
            counts.unchanged++; // a retracted record is read-only; its figures stay as they were
            return;
        }
        CasualtyReport report = report(row, datasetSource, references);
        if (last != null && report.reportedOn.isBefore(last.reportedOn)) {
            report.reportedOn = last.reportedOn; // the figure is new to Parley, whatever the row's date says
        }
        CasualtyReport.append(incident, report);
        latest.put(incident.id, report);
        counts.revised++;
    }

    private Incident newIncident(Dataset dataset, ImportedIncident row, Lookups lookups, References references) {
        Incident incident = new Incident();
        incident.externalDataset = dataset.key;
        incident.externalId = row.externalId();
        incident.occurredOn = row.occurredOn();
        incident.datePrecision = row.datePrecision();
        incident.occurredUntil = row.occurredUntil();
        incident.sideA = party(row.sideA(), lookups, references);
        incident.sideB = party(row.sideB(), lookups, references);
        incident.actor = row.sideAIsActor() ? incident.sideA : null;
        incident.eventType = row.eventType();
        incident.subEventType = row.subEventType();
        incident.civiliansTargeted = row.civiliansTargeted();
        incident.verification = Verification.REPORTED;
        incident.notes = row.notes();
        incident.conflict = conflict(row.conflictName(), lookups, references);
        Set<Source> sources = new HashSet<>();
        if (lookups.datasetSource != null) {
            sources.add(references.of(Source.class, lookups.datasetSource));
        }
        for (ImportedIncident.Cited cited : row.sources()) {
            sources.add(references.of(Source.class, source(cited, lookups)));
        }
        incident.sources = sources;
        Place place = new Place();
        place.name = row.place().name();
        place.admin1 = row.place().admin1();
        place.country = row.place().country();
        place.latitude = row.place().latitude();
        place.longitude = row.place().longitude();
        place.precision = row.place().precision();
        incident.place = place;
        return incident;
    }

    private CasualtyReport report(ImportedIncident row, Long datasetSource, References references) {
        ImportedIncident.Figures figures = row.figures();
        CasualtyReport report = new CasualtyReport();
        report.killed = figures.killed();
        report.killedLow = figures.killedLow();
        report.killedHigh = figures.killedHigh();
        report.reportedOn = figures.reportedOn();
        report.reportedOnPrecision = figures.reportedOnPrecision();
        report.qualifier = figures.qualifier();
        report.source = datasetSource == null ? null : references.of(Source.class, datasetSource);
        return report;
    }

    private Map<String, Incident> existing(Dataset dataset, List<String> externalIds) {
        Map<String, Incident> found = new HashMap<>();
        if (externalIds.isEmpty()) {
            return found;
        }
        em.createQuery("from Incident i where i.externalDataset = :dataset and i.externalId in :ids", Incident.class)
                .setParameter("dataset", dataset.key)
                .setParameter("ids", new LinkedHashSet<>(externalIds))
                .getResultList()
                .forEach(incident -> found.put(incident.externalId, incident));
        return found;
    }

    /** The latest report of each incident: the newest by date, then by the order recorded (as CasualtyReport.append). */
    private Map<Long, CasualtyReport> latestReports(List<Long> incidentIds) {
        Map<Long, CasualtyReport> latest = new HashMap<>();
        if (!incidentIds.isEmpty()) {
            CasualtyReport.historyOf(incidentIds).forEach(report -> latest.put(report.incident.id, report));
        }
        return latest;
    }

    private Party party(ImportedIncident.Side side, Lookups lookups, References references) {
        return side == null ? null : references.of(Party.class, lookups.parties.get(side.name()));
    }

    private Conflict conflict(String name, Lookups lookups, References references) {
        return name == null ? null : references.of(Conflict.class, lookups.conflicts.get(name));
    }

    private Long source(ImportedIncident.Cited cited, Lookups lookups) {
        return lookups.sources.get(cited);
    }

    /**
     * Finds the parties, conflicts and sources the chunk's new incidents name, with one query per kind for the names
     * the job has not met yet, and creates those that do not exist: never a query per row.
     */
    private void resolveNames(List<ImportedIncident> rows, Lookups lookups) {
        Map<String, ImportedIncident.Side> parties = new HashMap<>();
        Set<String> conflicts = new HashSet<>();
        Set<ImportedIncident.Cited> sources = new LinkedHashSet<>();
        for (ImportedIncident row : rows) {
            for (ImportedIncident.Side side : new ImportedIncident.Side[] { row.sideA(), row.sideB() }) {
                if (side != null && !lookups.parties.containsKey(side.name())) {
                    parties.putIfAbsent(side.name(), side);
                }
            }
            if (row.conflictName() != null && !lookups.conflicts.containsKey(row.conflictName())) {
                conflicts.add(row.conflictName());
            }
            for (ImportedIncident.Cited cited : row.sources()) {
                if (lookups.sources.get(cited) == null) {
                    sources.add(cited);
                }
            }
        }
        if (!parties.isEmpty()) {
            em.createQuery("from Party p where p.name in :names", Party.class).setParameter("names", parties.keySet())
                    .getResultList().forEach(party -> lookups.parties.put(party.name, party.id));
            for (ImportedIncident.Side side : parties.values()) {
                if (!lookups.parties.containsKey(side.name())) {
                    Party party = new Party();
                    party.name = side.name();
                    party.kind = side.kind();
                    em.persist(party);
                    lookups.parties.put(side.name(), party.id);
                }
            }
        }
        if (!conflicts.isEmpty()) {
            em.createQuery("from Conflict c where c.name in :names order by c.id desc", Conflict.class)
                    .setParameter("names", conflicts)
                    .getResultList().forEach(conflict -> lookups.conflicts.put(conflict.name, conflict.id)); // the oldest wins
            for (String name : conflicts) {
                if (!lookups.conflicts.containsKey(name)) {
                    Conflict conflict = new Conflict();
                    conflict.name = name;
                    em.persist(conflict);
                    lookups.conflicts.put(name, conflict.id);
                }
            }
        }
        if (!sources.isEmpty()) {
            Set<String> titles = new HashSet<>();
            sources.forEach(cited -> titles.add(cited.title()));
            em.createQuery("from Source s where s.title in :titles order by s.id desc", Source.class)
                    .setParameter("titles", titles).getResultList()
                    .forEach(source -> lookups.sources.put(new ImportedIncident.Cited(source.title, source.publisher,
                            source.publishedOn), source.id));
            for (ImportedIncident.Cited cited : sources) {
                if (lookups.sources.get(cited) == null) {
                    Source source = new Source();
                    source.title = cited.title();
                    source.publisher = cited.publisher();
                    source.publishedOn = cited.publishedOn();
                    em.persist(source);
                    lookups.sources.put(cited, source.id);
                }
            }
        }
    }
}
