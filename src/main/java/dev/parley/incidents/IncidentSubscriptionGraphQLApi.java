package dev.parley.incidents;

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
public class IncidentSubscriptionGraphQLApi {

    @Inject
    LiveEvents events;

    @Subscription("incidentReported")
    @Description("Incidents as they are reported, once the report is committed.")
    public Multi<@NonNull Incident> incidentReported(
            @Description("Which incidents to send; all when left out.") IncidentReportedFilter filter) {
        return events.stream(IncidentReported.class)
                .filter(reported -> filter == null || filter.matches(reported))
                .map(IncidentReported::incident);
    }

    @Subscription("casualtiesRevised")
    @Description("New casualty reports as they are added, once committed; the report's incident field gives the incident.")
    public Multi<@NonNull CasualtyReport> casualtiesRevised(
            @Id @Description("Only reports for this incident; all when left out.") String incidentId) {
        return events.stream(CasualtiesRevised.class)
                .map(CasualtiesRevised::report)
                .filter(report -> incidentId == null || report.incident.id.toString().equals(incidentId.trim()));
    }
}
