package dev.parley.incidents;

import dev.parley.common.errors.ErrorBoundary;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import dev.parley.common.Inputs;
import dev.parley.common.batch.ArgumentBatches;
import dev.parley.common.batch.Batches;
import dev.parley.parties.Party;
import dev.parley.talks.Talks;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
@ErrorBoundary
public class IncidentStatsGraphQLApi {

    @Inject
    IncidentStatistics statistics;

    @Inject
    ViolenceAround violenceAround;

    @Inject
    ArgumentBatches batches;

    @Query("incidentStats")
    @Description("Incident counts and casualty sums per group (region, event type, actor, day/week/month), in the "
            + "order of the groupBy dimensions. With asOf, the figures are those known on that date.")
    public @NonNull List<@NonNull IncidentStats> incidentStats(
            @Description("Which incidents; all when omitted.") IncidentFilter filter,
            @NonNull @Description("Dimensions to group by; an empty list gives one total.") List<@NonNull StatsDimension> groupBy,
            @Description("Count only incidents up to this date, with the casualty figures reported up to it.") LocalDate asOf) {
        Inputs.checkArgument("asOf", asOf);
        return statistics.group(IncidentQuery.of(filter), groupBy, asOf);
    }

    @Description("The acting party, when grouped by ACTOR; null also for incidents with no known actor.")
    @Transactional
    public List<Party> actor(@Source List<IncidentStats> groups) {
        java.util.Map<Long, Party> byId = Batches.byId(groups.stream().map(IncidentStats::actorId).toList(), Party.class);
        return groups.stream().map(group -> group.actorId() == null ? null : byId.get(group.actorId())).toList();
    }

    @Description("The escalation signal: incidents and casualties during the talks' window (as in "
            + "concurrentIncidents) against the window of equal length just before it.")
    public @NonNull CompletionStage<@NonNull ViolenceComparison> violenceAround(@Source Talks talks,
            @DefaultValue("3") @Description("Days added on each side of the talks, from 0 to 366.") Integer windowDays,
            @Description("Which incidents count.") IncidentFilter filter) {
        IncidentWindow window = IncidentWindow.of(windowDays, IncidentWindow.DEFAULT_FIRST, filter);
        return batches.load("Talks.violenceAround", talks, window, violenceAround::compare);
    }
}
