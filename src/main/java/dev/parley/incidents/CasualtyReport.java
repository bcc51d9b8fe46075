package dev.parley.incidents;

import java.time.LocalDate;
import java.util.List;

import dev.parley.common.DatePrecision;
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
public class CasualtyReport extends ParleyEntity {

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
    @Description("People wounded; null when the report gives no exact figure (see qualifier).")
    public Integer wounded;

    @Description("The report's own words for vague or partial figures, e.g. 'nearly three dozen wounded'.")
    public String qualifier;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id")
    public Source source;

    /** Each incident's reports, oldest first: by report date, then in the order they were recorded. */
    public static List<CasualtyReport> historyOf(List<Long> incidentIds) {
        return list("incident.id in ?1 order by reportedOn, id", incidentIds);
    }
}
