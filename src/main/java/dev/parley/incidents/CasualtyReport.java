package dev.parley.incidents;

import java.time.LocalDate;
import java.util.List;

import dev.parley.common.batch.Batches;
import dev.parley.common.DatePrecision;
import dev.parley.common.Node;
import dev.parley.common.ParleyEntity;
import dev.parley.sources.Source;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * One report of an incident's casualties. Reports are only ever appended: a revised toll is a new
 * report, so the history of what was known when stays intact.
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Description("Casualty figures for an incident as reported on one date. A revision is a new report; earlier ones are kept.")
public class CasualtyReport extends ParleyEntity implements Node {

    @Ignore
    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "incident_id")
    public Incident incident;

    @NotNull
    @NonNull
    @Column(name = "reported_on")
    @Description("When these figures were reported.")
    public LocalDate reportedOn;

    @NotNull
    @NonNull
    @Enumerated(EnumType.STRING)
    @Column(name = "reported_on_precision")
    @Description("How exactly reportedOn is known; ON_OR_BEFORE for an earlier report whose date is not given.")
    public DatePrecision reportedOnPrecision;

    @Min(0)
    @Description("People killed; null when the report gives no figure.")
    public Integer killed;

    @Min(0)
    @Column(name = "killed_low")
    @Description("Lowest estimate of the people killed, when the report gives a range (UCDP low); null otherwise.")
    public Integer killedLow;

    @Min(0)
    @Column(name = "killed_high")
    @Description("Highest estimate of the people killed, when the report gives a range (UCDP high); null otherwise.")
    public Integer killedHigh;

    @Min(0)
    @Description("People wounded; null when the report gives no exact figure (see qualifier).")
    public Integer wounded;

    @Description("The report's own words for vague or partial figures, e.g. 'nearly three dozen wounded'.")
    public String qualifier;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id")
    public Source source;

    /**
     * Records a report. Reports are appended, never changed; the newest by report date (then by the
     * order recorded) becomes the incident's current figures. Those are written with a bulk update, so
     * a revision neither raises the incident's version (editors' pending updates stay valid) nor adds
     * an incident revision to the audit trail: the report itself is the record of the change.
     */
    public static CasualtyReport append(Incident incident, CasualtyReport report) {
        LocalDate latest = find("select max(c.reportedOn) from CasualtyReport c where c.incident.id = ?1", incident.id)
                .project(LocalDate.class).firstResult();
        report.incident = incident;
        report.persist();
        if (latest == null || !report.reportedOn.isBefore(latest)) {
            Incident.update("currentKilled = ?1, currentWounded = ?2 where id = ?3", report.killed, report.wounded, incident.id);
        }
        return report;
    }

    /** Each incident's reports, oldest first: by report date, then in the order they were recorded. */
    public static List<CasualtyReport> historyOf(List<Long> incidentIds) {
        return Batches.rowsFor(CasualtyReport.class,
                "select {e.*} from casualty_report e where e.incident_id = any(:ids) order by e.reported_on, e.id",
                incidentIds);
    }
}
