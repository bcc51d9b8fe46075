package dev.parley.exports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One incident as the exports write it: ACLED's columns where Parley keeps the same fact (ACLED's names), then
 * Parley's own. {@code attribution} is the credit line of the dataset it was imported from (its licence asks that
 * every copy shown or shipped names it); null for an incident reported in Parley. The order of {@link #COLUMNS} is the CSV's; the GeoJSON properties use the same names.
 */
record ExportedIncident(long id, LocalDate eventDate, String datePrecision, String eventType, String subEventType,
        String actor1, boolean actorInferred, boolean civilianTargeting, String country, String admin1, String location,
        Double latitude, Double longitude, String target, String notes, Integer fatalities, Integer wounded,
        String verification, String claimant, int casualtyReports, String sources, String attribution,
        OffsetDateTime updatedAt, OffsetDateTime retractedAt) {

    static final List<String> COLUMNS = List.of("event_id", "event_date", "year", "date_precision", "event_type",
            "sub_event_type", "actor1", "actor_inferred", "civilian_targeting", "country", "admin1", "location",
            "latitude", "longitude", "target", "notes", "fatalities", "wounded", "verification", "claimant",
            "casualty_reports", "sources", "attribution", "updated_at", "retracted_at");

    /** The values in {@link #COLUMNS} order; null for an empty cell. */
    List<Object> values() {
        return java.util.Arrays.asList(id, eventDate, eventDate.getYear(), datePrecision, eventType, subEventType,
                actor1, actorInferred, civilianTargeting ? "Civilian targeting" : null, country, admin1, location,
                latitude, longitude, target, notes, fatalities, wounded, verification, claimant, casualtyReports,
                sources, attribution, updatedAt, retractedAt);
    }
}
