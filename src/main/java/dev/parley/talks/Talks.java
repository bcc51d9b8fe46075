package dev.parley.talks;

import java.time.LocalDate;
import java.util.Set;

import dev.parley.common.Node;
import dev.parley.record.EditableRecord;
import dev.parley.record.TimelineEntry;
import dev.parley.conflicts.Conflict;
import dev.parley.parties.Party;
import dev.parley.sources.Source;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Description("A round of negotiations: who meets where and when, in what format, and with whose mediation.")
public class Talks extends EditableRecord implements Node, TimelineEntry {

    @NotBlank
    @NonNull
    @Description("Short name of the round, e.g. 'Miami round'.")
    public String title;

    @Embedded
    @Description("Where the talks are held.")
    public Venue venue;

    @NotNull
    @NonNull
    @Column(name = "start_date")
    @Description("First day of the talks.")
    public LocalDate startDate;

    @Column(name = "end_date")
    @Description("Last day of the talks; null while open-ended or unknown.")
    public LocalDate endDate;

    @NotNull
    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("Where the talks stand.")
    public TalksStatus status;

    @NotNull
    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("How the sides meet.")
    public TalksFormat format;

    @Description("Context the sources give: what is new about this round, what is expected or unlikely.")
    public String notes;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "mediating_party_id")
    public Party mediatingParty;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "conflict_id")
    public Conflict conflict;

    @Ignore
    @NotAudited
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "talks_source", joinColumns = @JoinColumn(name = "talks_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    public Set<Source> sources;

    /** The last day the talks cover: the end date, or the start date while open-ended. */
    public LocalDate lastDay() {
        return endDate != null ? endDate : startDate;
    }
}
