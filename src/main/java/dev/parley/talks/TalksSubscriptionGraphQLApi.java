package dev.parley.talks;

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
public class TalksSubscriptionGraphQLApi {

    @Inject
    LiveEvents events;

    @Subscription("talksUpdated")
    @Description("Talks as they are scheduled, changed or retracted, or their participants change; sent once the change is committed.")
    public Multi<@NonNull Talks> talksUpdated(@Id @Description("Only these talks; all talks when left out.") String talksId) {
        return events.stream(TalksUpdated.class)
                .map(TalksUpdated::talks)
                .filter(talks -> talksId == null || talks.id.toString().equals(talksId.trim()));
    }
}
