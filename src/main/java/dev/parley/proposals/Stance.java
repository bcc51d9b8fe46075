package dev.parley.proposals;

import java.time.LocalDate;

import dev.parley.common.Node;
import dev.parley.common.ParleyEntity;
import dev.parley.parties.Party;
import dev.parley.parties.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Description("A party's position on a proposal, or on one of its provisions.")
public class Stance extends ParleyEntity implements Node {

    @Ignore
    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposal_id")
    public Proposal proposal;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "provision_id")
    public Provision provision;

    @Ignore
    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "party_id")
    public Party party;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    public Person voicedBy;

    @NotNull
    @NonNull
    @Enumerated(EnumType.STRING)
    @Column(name = "stance_position")
    @Description("For, against, conditional or unclear.")
    public StancePosition position;

    @NotBlank
    @NonNull
    @Description("The position in the sources' words.")
    public String summary;

    @Column(name = "stated_on")
    @Description("When the position was stated, if known.")
    public LocalDate statedOn;
}
