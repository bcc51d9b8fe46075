package dev.parley.incidents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import dev.parley.common.Ids;
import dev.parley.common.Inputs;
import dev.parley.common.InvalidArgumentException;
import dev.parley.common.paging.Connection;
import dev.parley.common.paging.KeysetQuery;
import dev.parley.common.paging.PageRequest;
import dev.parley.common.sql.Alias;
import dev.parley.common.sql.Where;
import dev.parley.record.EditableRecord;

/**
 * The incidents a client's {@link IncidentFilter} selects, checked when built and written as SQL here only: ids are
 * parsed, enums named and the text turned into a LIKE pattern once, so no query can run on a filter that was not
 * checked. Standing incidents only unless {@link #includingRetracted} says otherwise.
 */
public final class IncidentQuery {

    public static final IncidentQuery ALL = of(IncidentFilter.NONE);

    private static final int MAX_VALUES = 100;
    private static final int MAX_TEXT = 200;

    private final IncidentFilter filter;
    private final List<Long> actorIds;
    private final String textPattern;
    private final boolean includeRetracted;

    private IncidentQuery(IncidentFilter filter, List<Long> actorIds, String textPattern, boolean includeRetracted) {
        this.filter = filter;
        this.actorIds = actorIds;
        this.textPattern = textPattern;
        this.includeRetracted = includeRetracted;
    }

    /** Rejects a filter that cannot mean anything, naming the field; null selects every incident. */
    public static IncidentQuery of(IncidentFilter filter) {
        IncidentFilter f = IncidentFilter.orNone(filter);
        Inputs.checkArgument("filter", f);
        InvalidArgumentException.requireOrdered("filter.from", f.from(), "filter.to", f.to());
        for (var values : List.of(nonNull(f.regions()), nonNull(f.eventTypes()), nonNull(f.subEventTypes()),
                nonNull(f.actorIds()), nonNull(f.verification()))) {
            InvalidArgumentException.requireRange("the number of values in a filter list", values.size(), 0, MAX_VALUES);
        }
        if (f.minKilled() != null) {
            InvalidArgumentException.requireRange("filter.minKilled", f.minKilled(), 0, Integer.MAX_VALUE);
        }
        if (f.text() != null) {
            InvalidArgumentException.requireRange("the length of filter.text", f.text().length(), 1, MAX_TEXT);
        }
        return new IncidentQuery(f, Ids.ofArguments("filter.actorIds", f.actorIds()),
                f.text() == null ? null : "%" + escapeLike(f.text().toLowerCase()) + "%", false);
    }

    public IncidentQuery includingRetracted(boolean include) {
        return new IncidentQuery(filter, actorIds, textPattern, include);
    }

    public LocalDate from() {
        return filter.from();
    }

    public LocalDate to() {
        return filter.to();
    }

    /** A page of the incidents in the given order. */
    public Connection<Incident> page(IncidentOrder order, PageRequest page) {
        Alias incident = KeysetQuery.row("incident");
        return new KeysetQuery<>(Incident.class, incident, order.sortKey(), where(incident)).fetch(page);
    }

    /**
     * The filter as conditions over an incident table. Regions and sub-parties are correlated {@code exists}, not
     * {@code in (select …)}: H2 turns the latter into an index lookup on place or actor that walks the whole index
     * (a million entries), where {@code exists} leaves it the (occurred_on, id) index, read in page order and
     * stopped after one page.
     */
    public Where where(Alias i) {
        return EditableRecord.listed(i, includeRetracted)
                .andIfGiven(filter.from(), i.col("occurred_on") + " >= ?")
                .andIfGiven(filter.to(), i.col("occurred_on") + " <= ?")
                .andIfGiven(filter.regions(),
                        "exists (select 1 from place pl where pl.id = %s and pl.admin1 in (?))".formatted(i.col("place_id")))
                .andIfGiven(names(filter.eventTypes()), i.col("event_type") + " in (?)")
                .andIfGiven(names(filter.subEventTypes()), i.col("sub_event_type") + " in (?)")
                .andIfGiven(actorIds, ("(%1$s in (?) or exists (select 1 from party sub where sub.id = %1$s"
                        + " and sub.parent_id in (?)))").formatted(i.col("actor_party_id")))
                .andIfGiven(names(filter.verification()), i.col("verification") + " in (?)")
                .andIfGiven(filter.civiliansTargeted(), i.col("civilians_targeted") + " = ?")
                .andIfGiven(filter.minKilled(), i.col("current_killed") + " >= ?")
                .andIfGiven(textPattern, "(lower(%s) like ? escape '!' or lower(%s) like ? escape '!')"
                        .formatted(i.col("notes"), i.col("target")))
                .andIfGiven(filter.updatedSince(), i.col("updated_at") + " >= ?");
    }

    /** Equal filters are one query: resolvers batch their parents by it (see {@link IncidentWindow}). */
    @Override
    public boolean equals(Object other) {
        return other instanceof IncidentQuery query && filter.equals(query.filter) && includeRetracted == query.includeRetracted;
    }

    @Override
    public int hashCode() {
        return Objects.hash(filter, includeRetracted);
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
