package dev.parley.parties;

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

@Entity
@Description("An actor in the conflict or the talks: a state, bloc, armed force or service.")
public class Party extends ParleyEntity implements Node {

    @NotBlank
    @NonNull
    @Description("Name of the party, e.g. 'Russia', 'Security Service of Ukraine (SBU)'.")
    public String name;

    @NotNull
    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("What kind of actor this is.")
    public PartyKind kind;

    @Description("Who the party is, when the name alone does not say.")
    public String description;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Party parent;
}
