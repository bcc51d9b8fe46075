package dev.parley.incidents;

import org.eclipse.microprofile.graphql.Description;

@Description("Which newly reported incidents to send; every part given must match, and an empty filter matches all.")
public record IncidentReportedFilter(
        @Description("Only incidents in this first-level region (oblast), e.g. 'Odesa'; case does not matter.") String region,
        @Description("Only incidents in this country.") String country,
        @Description("Only incidents of this ACLED event type.") EventType eventType) {

    boolean matches(IncidentReported reported) {
        return (region == null || region.equalsIgnoreCase(reported.place().admin1))
                && (country == null || country.equalsIgnoreCase(reported.place().country))
                && (eventType == null || eventType == reported.incident().eventType);
    }
}
