package dev.parley.parties;

import dev.parley.common.Node;
import dev.parley.common.ParleyEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Description("A named individual: an envoy, mediator, minister or head of state.")
public class Person extends ParleyEntity implements Node {

    @NotBlank
    @NonNull
    @Description("Full name.")
    public String name;

    @Description("Office or function as the sources give it (e.g. 'US Secretary of State'); null when not stated or disputed.")
    public String title;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "party_id")
    public Party party;
}
