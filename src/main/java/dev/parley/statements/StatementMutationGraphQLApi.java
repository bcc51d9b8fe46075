package dev.parley.statements;

import dev.parley.common.errors.ErrorBoundary;
import dev.parley.common.Retract;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
@ErrorBoundary
public class StatementMutationGraphQLApi {

    @Inject
    StatementService statements;

    @Mutation("recordStatement")
    @RolesAllowed("editor")
    @Description("Record a public statement. Needs the editor role.")
    public @NonNull Statement recordStatement(@NonNull @Description("The statement.") RecordStatement input) {
        return statements.record(input);
    }

    @Mutation("retractStatement")
    @RolesAllowed("editor")
    @Description("Retract a statement recorded in error; it stays readable, flagged, with its history. "
            + "Needs the editor role.")
    public @NonNull Statement retractStatement(@NonNull @Description("Which statement, and why.") Retract input) {
        return statements.retract(input);
    }
}
