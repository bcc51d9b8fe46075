package dev.parley.talks;

import dev.parley.common.paging.SortKey;
import org.eclipse.microprofile.graphql.Description;

@Description("How a list of talks is ordered; ties are broken by id.")
public enum TalksOrder {
    @Description("By start date, earliest first.")
    START_DATE_ASC,
    @Description("By start date, latest first.")
    START_DATE_DESC;

    SortKey<Talks> sortKey() {
        return SortKey.byDate("e.start_date", (Talks t) -> t.startDate, this == START_DATE_DESC);
    }
}
