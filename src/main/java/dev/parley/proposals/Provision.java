package dev.parley.proposals;

import dev.parley.common.Node;
import dev.parley.common.ParleyEntity;
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
@Description("One point of a proposal, e.g. security guarantees or ceding territory.")
public class Provision extends ParleyEntity implements Node {

    @Ignore
    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposal_id")
    public Proposal proposal;

    @NotNull
    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("What the provision deals with.")
    public ProvisionKind kind;

    @NotBlank
    @NonNull
    @Description("What the provision says, as the sources report it.")
    public String text;

    @NonNull
    @Description("True when the provision is disputed by a party or met with public resistance.")
    public boolean contested;

    @Description("Why or by whom it is contested, or other remarks.")
    public String notes;

    @NonNull
    @Description("Position of the provision within its proposal, from 1.")
    public int ordinal;

    /** Points are numbered from 1 in the order they are added. */
    public static int nextOrdinal(Proposal proposal) {
        return getEntityManager()
                .createQuery("select coalesce(max(p.ordinal), 0) + 1 from Provision p where p.proposal = :proposal",
                        Integer.class)
                .setParameter("proposal", proposal)
                .getSingleResult();
    }
}
