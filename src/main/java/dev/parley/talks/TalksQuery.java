package dev.parley.talks;

import java.util.List;

import dev.parley.common.Ids;
import dev.parley.common.Inputs;
import dev.parley.common.InvalidArgumentException;
import dev.parley.common.paging.Connection;
import dev.parley.common.paging.KeysetQuery;
import dev.parley.common.paging.PageRequest;
import dev.parley.common.sql.Alias;
import dev.parley.common.sql.Where;
import dev.parley.record.EditableRecord;

/** The talks a client's {@link TalksFilter} selects, checked when built and written as SQL here only. */
public final class TalksQuery {

    private final TalksFilter filter;
    private final List<Long> partyIds;
    private final boolean includeRetracted;

    private TalksQuery(TalksFilter filter, List<Long> partyIds, boolean includeRetracted) {
        this.filter = filter;
        this.partyIds = partyIds;
        this.includeRetracted = includeRetracted;
    }

    /** Rejects a filter that cannot mean anything, naming the field; null selects all talks. */
    public static TalksQuery of(TalksFilter filter, boolean includeRetracted) {
        TalksFilter f = TalksFilter.orNone(filter);
        Inputs.checkArgument("filter", f);
        InvalidArgumentException.requireOrdered("filter.from", f.from(), "filter.to", f.to());
        return new TalksQuery(f, Ids.ofArguments("filter.partyIds", f.partyIds()), includeRetracted);
    }

    public Connection<Talks> page(TalksOrder order, PageRequest page) {
        Alias talks = KeysetQuery.row("talks");
        return new KeysetQuery<>(Talks.class, talks, order.sortKey(), where(talks)).fetch(page);
    }

    Where where(Alias t) {
        return EditableRecord.listed(t, includeRetracted)
                .andIfGiven(filter.statuses() == null ? null : filter.statuses().stream().map(Enum::name).toList(),
                        t.col("status") + " in (?)")
                .andIfGiven(filter.from(), "coalesce(%s, %s) >= ?".formatted(t.col("end_date"), t.col("start_date")))
                .andIfGiven(filter.to(), t.col("start_date") + " <= ?")
                .andIfGiven(filter.venueCity(), t.col("venue_city") + " = ?")
                .andIfGiven(filter.venueCountry(), t.col("venue_country") + " = ?")
                .andIfGiven(partyIds, ("exists (select 1 from participation pp where pp.talks_id = %s and (pp.party_id in (?)"
                        + " or pp.party_id in (select sub.id from party sub where sub.parent_id in (?))))").formatted(t.col("id")));
    }
}
