package dev.parley.proposals;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A point of a proposal; it is added after the proposal's existing points.")
public record AddProvision(
        @NonNull @Id @NotNull @Description("The proposal.") String proposalId,
        @NonNull @NotNull @Description("What the provision deals with.") ProvisionKind kind,
        @NonNull @NotBlank @Size(max = 4000) @Description("What it says, as the sources report it.") String text,
        @DefaultValue("false") @Description("True when a party disputes it or it meets public resistance.") Boolean contested,
        @Size(max = 2000) @Description("Why or by whom it is contested, or other remarks.") String notes) {
}
