package dev.parley.proposals;

import java.time.LocalDate;
import java.util.Set;

import dev.parley.common.Node;
import dev.parley.common.ParleyEntity;
import dev.parley.parties.Party;
import dev.parley.talks.Talks;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Description("A peace plan or proposal put on the table, made of provisions the parties take stances on.")
public class Proposal extends ParleyEntity implements Node {

    @NotBlank
    @NonNull
    @Description("Name of the proposal, e.g. 'US peace plan'.")
    public String title;

    @Description("What the proposal is about, in a sentence or two.")
    public String summary;

    @Column(name = "presented_on")
    @Description("When it was first presented; null when the sources do not say.")
    public LocalDate presentedOn;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "proposed_by_party_id")
    public Party proposedBy;

    @Ignore
    @NotAudited
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "talks_proposal", joinColumns = @JoinColumn(name = "proposal_id"),
            inverseJoinColumns = @JoinColumn(name = "talks_id"))
    public Set<Talks> talks;
}
