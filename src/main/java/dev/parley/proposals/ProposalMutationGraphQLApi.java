package dev.parley.proposals;

import dev.parley.common.errors.ErrorBoundary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
@ErrorBoundary
public class ProposalMutationGraphQLApi {

    @Inject
    ProposalService proposals;

    @Mutation("addProposal")
    @RolesAllowed("editor")
    @Description("Record a proposal put on the table. Needs the editor role.")
    public @NonNull Proposal addProposal(@NonNull @Description("The proposal.") AddProposal input) {
        return proposals.add(input);
    }

    @Mutation("addProvision")
    @RolesAllowed("editor")
    @Description("Add a point to a proposal, after its existing points. Needs the editor role.")
    public @NonNull Provision addProvision(@NonNull @Description("The provision.") AddProvision input) {
        return proposals.addProvision(input);
    }

    @Mutation("recordStance")
    @RolesAllowed("editor")
    @Description("Record a party's position on a proposal or one of its provisions. Needs the editor role.")
    public @NonNull Stance recordStance(@NonNull @Description("The stance.") RecordStance input) {
        return proposals.recordStance(input);
    }
}
