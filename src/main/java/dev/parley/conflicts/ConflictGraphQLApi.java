package dev.parley.conflicts;

import dev.parley.common.errors.ErrorBoundary;
import java.util.List;

import dev.parley.common.batch.Batches;
import dev.parley.incidents.Incident;
import dev.parley.talks.Talks;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
@ErrorBoundary
public class ConflictGraphQLApi {

    @Query("conflicts")
    @Description("The conflicts Parley tracks.")
    @Transactional
    public @NonNull List<@NonNull Conflict> conflicts() {
        return Conflict.listAll();
    }

    @Description("The conflict these talks are meant to end.")
    @Transactional
    public List<Conflict> conflict(@Source List<Talks> talks) {
        return Batches.referenced(talks, t -> t.conflict, Conflict.class);
    }

    @org.eclipse.microprofile.graphql.Name("conflict")
    @Description("The conflict this incident belongs to.")
    @Transactional
    public List<Conflict> conflictOf(@Source List<Incident> incidents) {
        return Batches.referenced(incidents, i -> i.conflict, Conflict.class);
    }
}
