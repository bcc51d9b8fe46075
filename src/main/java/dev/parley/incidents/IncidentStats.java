package dev.parley.incidents;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** One group of incident statistics; the dimensions not grouped by are null. */
@Description("Incident counts and casualties for one group. Fields of dimensions not grouped by are null.")
public record IncidentStats(
        @Description("The region (admin1), when grouped by REGION.") String region,
        @Description("The event type, when grouped by EVENT_TYPE.") EventType eventType,
        @Ignore Long actorId,
        @Description("Start of the day, week or month, when grouped by one of them.") LocalDate period,
        @NonNull @Description("Number of incidents.") int incidents,
        @NonNull @Description("Incidents with a reported death toll (the others add nothing to killed).") int incidentsWithFigures,
        @NonNull @Description("People killed, summed over the incidents' figures.") int killed,
        @NonNull @Description("People wounded, summed over the incidents' figures.") int wounded) {
}
