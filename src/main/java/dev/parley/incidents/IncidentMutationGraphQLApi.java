package dev.parley.incidents;

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
public class IncidentMutationGraphQLApi {

    @Inject
    IncidentService incidents;

    @Mutation("reportIncident")
    @RolesAllowed("editor")
    @Description("Record a newly reported incident, with its place. Needs the editor role.")
    public @NonNull Incident reportIncident(@NonNull @Description("The incident.") ReportIncident input) {
        return incidents.report(input);
    }

    @Mutation("reviseCasualties")
    @RolesAllowed("editor")
    @Description("Add new casualty figures for an incident; earlier reports are kept in casualtyHistory. "
            + "Returns the new report. Needs the editor role.")
    public @NonNull CasualtyReport reviseCasualties(@NonNull @Description("The figures.") ReviseCasualties input) {
        return incidents.reviseCasualties(input);
    }

    @Mutation("changeVerification")
    @RolesAllowed("editor")
    @Description("Change how far an incident is verified, saying why. Needs the editor role.")
    public @NonNull Incident changeVerification(@NonNull @Description("The change.") ChangeVerification input) {
        return incidents.changeVerification(input);
    }

    @Mutation("retractIncident")
    @RolesAllowed("editor")
    @Description("Retract an incident recorded in error; it stays readable by id, flagged, with its history. "
            + "Needs the editor role.")
    public @NonNull Incident retractIncident(@NonNull @Description("Which incident, and why.") Retract input) {
        return incidents.retract(input);
    }
}
