package dev.parley.talks;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;

/** Which talks a list shows, as the client sends it; {@link TalksQuery#of} checks it and turns it into SQL. */
@Name("TalksFilter")
@Description("Narrows a list of talks. Every field given must hold; a list matches any of its values.")
public record TalksFilter(
        @Description("Statuses, e.g. [SCHEDULED, IN_PROGRESS].") List<TalksStatus> statuses,
        @Description("Talks held on or after this date (their last day, or start while open-ended, is not before it).") LocalDate from,
        @Description("Talks that start on or before this date.") LocalDate to,
        @Description("Venue city, exact name, e.g. \"Miami\".") String venueCity,
        @Description("Venue country, exact name, e.g. \"United States\".") String venueCountry,
        @Id @Description("Parties represented at the talks (a party also matches its direct sub-parties).") List<String> partyIds) {

    public static TalksFilter orNone(TalksFilter filter) {
        return filter == null ? new TalksFilter(null, null, null, null, null, null) : filter;
    }
}
