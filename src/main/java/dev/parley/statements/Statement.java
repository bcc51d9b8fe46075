package dev.parley.statements;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import dev.parley.common.batch.Batches;
import dev.parley.common.DatePrecision;
import dev.parley.common.Node;
import dev.parley.record.EditableRecord;
import dev.parley.record.TimelineEntry;
import dev.parley.parties.Party;
import dev.parley.parties.Person;
import dev.parley.sources.Source;
import dev.parley.talks.Talks;
import jakarta.persistence.Column;
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
@Description("Something an official or a government said in public: a quote or, failing one, a summary.")
public class Statement extends EditableRecord implements Node, TimelineEntry {

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    public Person person;

    @Ignore
    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "party_id")
    public Party party;

    @Column(name = "said_on")
    @Description("When it was said; null for a standing position with no date.")
    public LocalDate saidOn;

    @NotNull
    @NonNull
    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision")
    @Description("How exactly saidOn is known.")
    public DatePrecision datePrecision;

    @NotNull
    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("How it was made public.")
    public StatementChannel channel;

    @Description("The platform or outlet, e.g. 'X' for a social-media post.")
    public String platform;

    @Description("The exact words, when the sources quote them.")
    public String quote;

    @NotBlank
    @NonNull
    @Description("What was said, in brief.")
    public String summary;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "talks_id")
    public Talks talks;

    @Ignore
    @NotAudited
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "statement_source", joinColumns = @JoinColumn(name = "statement_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    public Set<Source> sources;

    /** Undated standing positions sort after every dated statement. */
    public static final LocalDate UNDATED_SORTS_AS = LocalDate.of(9999, 12, 31);
    public static final String CHRONOLOGICAL_SQL = "coalesce(e.said_on, date '9999-12-31')";

    public LocalDate sortDate() {
        return saidOn != null ? saidOn : UNDATED_SORTS_AS;
    }

    public static List<Statement> aboutTalks(List<Long> talksIds) {
        return Batches.rowsFor(Statement.class,
                "select {e.*} from statement e where e.talks_id = any(:ids) order by e.said_on nulls last, e.id", talksIds);
    }

    public static List<Statement> byPeople(List<Long> personIds) {
        return Batches.rowsFor(Statement.class,
                "select {e.*} from statement e where e.person_id = any(:ids) order by e.said_on nulls last, e.id", personIds);
    }
}
