package dev.parley.incidents;

import dev.parley.common.errors.ErrorBoundary;
import java.util.List;

import dev.parley.common.batch.Batches;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
@ErrorBoundary
public class CasualtyReportGraphQLApi {

    @Description("The incident the figures are for.")
    @Transactional
    public List<@NonNull Incident> incident(@Source List<CasualtyReport> reports) {
        return Batches.referenced(reports, r -> r.incident, Incident.class);
    }

    @Description("Where these figures were reported.")
    @Transactional
    public List<dev.parley.sources.Source> source(@Source List<CasualtyReport> reports) {
        return Batches.referenced(reports, r -> r.source, dev.parley.sources.Source.class);
    }
}
