package dev.parley.incidents;

import dev.parley.common.SqlDialect;
import org.eclipse.microprofile.graphql.Description;

@Description("What incident statistics are grouped by. Use at most one of DAY, WEEK and MONTH.")
public enum StatsDimension {
    @Description("First-level region (admin1).")
    REGION("pl.admin1"),
    @Description("ACLED event type.")
    EVENT_TYPE("i.event_type"),
    @Description("Acting party.")
    ACTOR("i.actor_party_id"),
    @Description("Day of the incident.")
    DAY("i.occurred_on"),
    @Description("ISO week (from Monday) of the incident; period is the Monday.")
    WEEK(SqlDialect.current().isoWeekStart("i.occurred_on")),
    @Description("Month of the incident; period is its first day.")
    MONTH("cast(date_trunc('month', i.occurred_on) as date)");

    final String sql;

    StatsDimension(String sql) {
        this.sql = sql;
    }

    boolean isPeriod() {
        return this == DAY || this == WEEK || this == MONTH;
    }
}
