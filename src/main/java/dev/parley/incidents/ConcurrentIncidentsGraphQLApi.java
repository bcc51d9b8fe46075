package dev.parley.incidents;

import dev.parley.common.errors.ErrorBoundary;
import java.util.List;

import dev.parley.talks.Talks;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
@ErrorBoundary
public class ConcurrentIncidentsGraphQLApi {

    @Inject
    ConcurrentIncidents concurrentIncidents;

    @Description("Incidents from windowDays before the talks' start through windowDays after their end (or start, "
            + "while open-ended), in date order: what happened on the ground while the talks went on.")
    public List<@NonNull List<@NonNull Incident>> concurrentIncidents(@Source List<Talks> talks,
            @DefaultValue("3") @Description("Days added on each side of the talks, from 0 to 366.") Integer windowDays,
            @DefaultValue("100") @Description("At most this many incidents per talks, the earliest first (0 to 100).") Integer first,
            @Description("Which incidents; the window's dates are applied on top of filter.from and filter.to.") IncidentFilter filter) {
        IncidentWindow window = IncidentWindow.of(windowDays, first, filter);
        return concurrentIncidents.around(talks, window);
    }
}
