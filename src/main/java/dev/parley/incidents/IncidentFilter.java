package dev.parley.incidents;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import dev.parley.common.Inputs;
import dev.parley.common.InvalidArgumentException;
import dev.parley.common.Retraction;
import dev.parley.common.SqlConditions;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;

/** Which incidents a query is about; every field given narrows the set, lists match any of their values. */
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

    private static final int MAX_VALUES = 100;
    private static final int MAX_TEXT = 200;

    public static IncidentFilter orNone(IncidentFilter filter) {
        return filter == null ? NONE : filter;
    }

    /** Rejects a filter that cannot mean anything, naming the field. */
    public IncidentFilter validated() {
        Inputs.checkArgument("filter", this);
        InvalidArgumentException.requireOrdered("filter.from", from, "filter.to", to);
        for (var values : List.of(nonNull(regions), nonNull(eventTypes), nonNull(subEventTypes), nonNull(actorIds),
                nonNull(verification))) {
            InvalidArgumentException.requireRange("the number of values in a filter list", values.size(), 0, MAX_VALUES);
        }
        if (minKilled != null) {
            InvalidArgumentException.requireRange("filter.minKilled", minKilled, 0, Integer.MAX_VALUE);
        }
        if (text != null) {
            InvalidArgumentException.requireRange("the length of filter.text", text.length(), 1, MAX_TEXT);
        }
        if (actorIds != null) {
            actorIds.forEach(id -> InvalidArgumentException.parseId("filter.actorIds", id));
        }
        return this;
    }

    /**
     * The filter as SQL over incident alias {@code alias}, standing incidents only; parameters are prefixed {@code f_}.
     * Regions and sub-parties are correlated {@code exists}, not {@code in (select …)}: H2 turns the latter into an
     * index lookup on place or actor that walks the whole index (a million entries), where {@code exists} leaves it
     * the (occurred_on, id) index, read in page order and stopped after one page.
     */
    public SqlConditions toSql(String alias) {
        return toSql(alias, false);
    }

    public SqlConditions toSql(String alias, boolean includeRetracted) {
        String i = alias + ".";
        return Retraction.standing(alias, includeRetracted)
                .add(i + "occurred_on >= :f_from", "f_from", from)
                .add(i + "occurred_on <= :f_to", "f_to", to)
                .add("exists (select 1 from place pl where pl.id = %splace_id and pl.admin1 in (:f_regions))".formatted(i),
                        "f_regions", regions)
                .add(i + "event_type in (:f_eventTypes)", "f_eventTypes", names(eventTypes))
                .add(i + "sub_event_type in (:f_subEventTypes)", "f_subEventTypes", names(subEventTypes))
                .add(("(%1$sactor_party_id in (:f_actors) or exists (select 1 from party sub where sub.id = %1$sactor_party_id"
                        + " and sub.parent_id in (:f_actors)))")
                        .formatted(i), "f_actors", actorIds == null ? null : actorIds.stream().map(Long::valueOf).toList())
                .add(i + "verification in (:f_verification)", "f_verification", names(verification))
                .add(i + "civilians_targeted = :f_civilians", "f_civilians", civiliansTargeted)
                .add(i + "current_killed >= :f_minKilled", "f_minKilled", minKilled)
                .add("(lower(%1$snotes) like :f_text escape '!' or lower(%1$starget) like :f_text escape '!')".formatted(i),
                        "f_text", text == null ? null : "%" + escapeLike(text.toLowerCase()) + "%")
                .add(i + "updated_at >= :f_updatedSince", "f_updatedSince", updatedSince);
    }

    private static List<String> names(List<? extends Enum<?>> values) {
        return values == null ? null : values.stream().map(Enum::name).toList();
    }

    private static List<?> nonNull(List<?> values) {
        return values == null ? List.of() : values;
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
