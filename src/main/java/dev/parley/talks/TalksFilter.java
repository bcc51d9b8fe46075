package dev.parley.talks;

import java.time.LocalDate;
import java.util.List;

import dev.parley.common.Inputs;
import dev.parley.common.InvalidArgumentException;
import dev.parley.common.SqlConditions;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;

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

    public TalksFilter validated() {
        Inputs.checkArgument("filter", this);
        InvalidArgumentException.requireOrdered("filter.from", from, "filter.to", to);
        if (partyIds != null) {
            partyIds.forEach(id -> InvalidArgumentException.parseId("filter.partyIds", id));
        }
        return this;
    }

    /** As SQL over talks alias {@code e}. */
    SqlConditions toSql() {
        return new SqlConditions()
                .add("e.status in (:t_statuses)", "t_statuses", statuses == null ? null : statuses.stream().map(Enum::name).toList())
                .add("coalesce(e.end_date, e.start_date) >= :t_from", "t_from", from)
                .add("e.start_date <= :t_to", "t_to", to)
                .add("e.venue_city = :t_city", "t_city", venueCity)
                .add("e.venue_country = :t_country", "t_country", venueCountry)
                .add("exists (select 1 from participation pp where pp.talks_id = e.id and (pp.party_id in (:t_parties)"
                        + " or pp.party_id in (select sub.id from party sub where sub.parent_id in (:t_parties))))",
                        "t_parties", partyIds == null ? null : partyIds.stream().map(Long::valueOf).toList());
    }
}
