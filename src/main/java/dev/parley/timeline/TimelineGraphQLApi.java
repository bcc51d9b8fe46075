package dev.parley.timeline;

import dev.parley.record.TimelineEntry;
import dev.parley.common.errors.ErrorBoundary;
import java.time.LocalDate;
import java.util.List;

import dev.parley.common.Inputs;
import dev.parley.common.InvalidArgumentException;
import dev.parley.common.paging.Connection;
import dev.parley.common.paging.Paging;
import dev.parley.incidents.IncidentFilter;
import dev.parley.incidents.IncidentQuery;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
@ErrorBoundary
public class TimelineGraphQLApi {

    @Inject
    Paging paging;

    @Inject
    Timeline timeline;

    @Query("timeline")
    @Description("Talks, incidents and dated statements between two dates in one chronological list, for a "
            + "frontend's main view. Entries on the same day are in the order they were recorded. Select fields "
            + "with `... on Talks`, `... on Incident`, `... on Statement`.")
    public @NonNull Connection<TimelineEntry> timeline(
            @NonNull @Description("First day of the timeline.") LocalDate from,
            @NonNull @Description("Last day of the timeline.") LocalDate to,
            @Description("Kinds of entries to include; all when omitted.") List<TimelineKind> kinds,
            @Description("Narrows the incidents on the timeline; its from/to apply on top of the timeline's.") IncidentFilter incidentFilter,
            @Description(Paging.FIRST) Integer first, @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last, @Description(Paging.BEFORE) String before) {
        Inputs.checkArgument("from", from);
        Inputs.checkArgument("to", to);
        Inputs.checkArgument("kinds", kinds);
        InvalidArgumentException.requireOrdered("from", from, "to", to);
        return timeline.page(from, to, Timeline.kindsOrAll(kinds), IncidentQuery.of(incidentFilter),
                paging.request(first, after, last, before));
    }
}
