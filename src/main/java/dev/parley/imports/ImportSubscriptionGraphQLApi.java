package dev.parley.imports;

import dev.parley.common.errors.ErrorBoundary;
import dev.parley.common.events.LiveEvents;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
@ErrorBoundary
public class ImportSubscriptionGraphQLApi {

    @Inject
    LiveEvents events;

    @Subscription("importJobProgress")
    @Description("Import jobs' progress after each chunk of rows is committed, and their end: a progress bar. "
            + "Rejected rows are in the job's rejections (query importJob once it has ended).")
    public Multi<@NonNull ImportJob> importJobProgress(
            @Id @Description("Only this job; every job when left out.") String id) {
        return events.stream(ImportProgressed.class)
                .map(ImportProgressed::job)
                .filter(job -> id == null || job.id.toString().equals(id.trim()));
    }
}
