package dev.parley.conflicts;

import dev.parley.common.errors.ErrorBoundary;
import java.util.List;

import jakarta.transaction.Transactional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
@ErrorBoundary
public class ConflictGraphQLApi {

    @Query("conflicts")
    @Description("The conflicts Parley tracks.")
    @Transactional
    public @NonNull List<@NonNull Conflict> conflicts() {
        return Conflict.listAll();
    }
}
