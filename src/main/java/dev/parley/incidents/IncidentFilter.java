package dev.parley.incidents;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;

/**
 * Which incidents a query is about, as the client sends it; every field given narrows the set, lists match any of
 * their values. {@link IncidentQuery#of} checks it and turns it into SQL.
 */
@Name("IncidentFilter")
@Description("Narrows a list of incidents. Every field given must hold; a list matches any of its values.")
public record IncidentFilter(
        @Description("On or after this date.") LocalDate from,
        @Description("On or before this date.") LocalDate to,
        @Description("First-level regions (admin1), e.g. [\"Donetsk\", \"Kharkiv\"]; exact names.") List<String> regions,
        @Description("ACLED event types.") List<EventType> eventTypes,
        @Description("ACLED sub-event types.") List<SubEventType> subEventTypes,
        @Id @Description("Acting parties; a party also matches its direct sub-parties (Russia matches the Russian Armed Forces).") List<String> actorIds,
        @Description("Verification statuses, e.g. [CONFIRMED, REPORTED] to leave out unverified claims.") List<Verification> verification,
        @Description("Only incidents that did (true) or did not (false) target civilians.") Boolean civiliansTargeted,
        @Description("At least this many killed, by the current figures.") Integer minKilled,
        @Description("Words that appear in the notes or the target, case-insensitive.") String text,
        @Description("Only incidents created, edited, revised or retracted at or after this time (see updatedAt); "
                + "for clients that keep a copy current without the change feed.") OffsetDateTime updatedSince) {

    public static final IncidentFilter NONE = new IncidentFilter(null, null, null, null, null, null, null, null, null, null, null);

    public static IncidentFilter orNone(IncidentFilter filter) {
        return filter == null ? NONE : filter;
    }
}
