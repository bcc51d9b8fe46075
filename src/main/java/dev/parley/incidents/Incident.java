package dev.parley.incidents;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;

import dev.parley.common.DatePrecision;
import dev.parley.common.Node;
import dev.parley.record.EditableRecord;
import dev.parley.record.TimelineEntry;
import dev.parley.conflicts.Conflict;
import dev.parley.parties.Party;
import dev.parley.sources.Source;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Description("A battlefield event: a strike, a capture, an act of sabotage. Typed after ACLED, with verification and provenance.")
public class Incident extends EditableRecord implements Node, TimelineEntry {

    @Column(name = "verification_reason")
    @Description("Why the verification was last changed, e.g. 'confirmed by satellite imagery'; null if never changed.")
    public String verificationReason;

    @NotNull
    @NonNull
    @Column(name = "occurred_on")
    @Description("When it happened; see datePrecision for how exactly that is known.")
    public LocalDate occurredOn;

    @NotNull
    @NonNull
    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision")
    @Description("DAY when the date is exact; ON_OR_BEFORE when only the date it was reported or announced is known.")
    public DatePrecision datePrecision;

    @Ignore
    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "place_id")
    public Place place;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_party_id")
    public Party actor;

    @NonNull
    @Column(name = "actor_inferred")
    @Description("True when the sources imply the actor rather than name it.")
    public boolean actorInferred;

    @Description("What was hit or taken, e.g. 'port infrastructure', 'a market', 'a village'.")
    public String target;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type")
    @Description("ACLED event type; null when the sources do not say enough to code it.")
    public EventType eventType;

    @Enumerated(EnumType.STRING)
    @Column(name = "sub_event_type")
    @Description("ACLED sub-event type; null when the sources do not say enough to code it.")
    public SubEventType subEventType;

    @NonNull
    @Column(name = "civilians_targeted")
    @Description("True when civilians were the target (ACLED's civilian targeting flag).")
    public boolean civiliansTargeted;

    @NotNull
    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("How far the report has been checked; CLAIMED means only the claiming party says so.")
    public Verification verification;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "claimed_by_party_id")
    public Party claimedBy;

    @Description("What the sources add, and what they leave open.")
    public String notes;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "conflict_id")
    public Conflict conflict;

    @Column(name = "occurred_until")
    @Description("Last day of the span the incident is known to lie in, when datePrecision is BETWEEN; null otherwise.")
    public LocalDate occurredUntil;

    /** The two sides a dataset names, in its order (UCDP side_a/side_b, ACLED actor1/actor2), which says nothing of who attacked. */
    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "side_a_party_id")
    public Party sideA;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "side_b_party_id")
    public Party sideB;

    @Column(name = "external_dataset")
    @Description("The dataset the incident was imported from (UCDP-GED, ACLED); null when reported in Parley.")
    public String externalDataset;

    @Column(name = "external_id")
    @Description("The incident's id in that dataset (UCDP relid, ACLED event_id_cnty), unique per dataset.")
    public String externalId;

    /** The latest report's figures, kept here so that filters, ordering and sums need no join. */
    @Ignore
    @NotAudited
    @Column(name = "current_killed")
    public Integer currentKilled;

    @Ignore
    @NotAudited
    @Column(name = "current_wounded")
    public Integer currentWounded;

    /**
     * Moved by Hibernate on every write of the entity; the change feed also moves it for writes that bypass the
     * entity (a casualty revision updates the current figures with a bulk statement). Not audited: the audit
     * trail already says when.
     */
    @NonNull
    @NotAudited
    @UpdateTimestamp
    @Column(name = "updated_at")
    @Description("When the incident was last created, edited, revised or retracted; filter with updatedSince.")
    public OffsetDateTime updatedAt;

    @Ignore
    @NotAudited
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "incident_source", joinColumns = @JoinColumn(name = "incident_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    public Set<Source> sources;
}
