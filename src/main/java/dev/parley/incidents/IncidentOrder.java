package dev.parley.incidents;

import dev.parley.common.paging.SortKey;
import org.eclipse.microprofile.graphql.Description;

@Description("How a list of incidents is ordered; ties are broken by id.")
public enum IncidentOrder {
    @Description("Oldest first.")
    DATE_ASC,
    @Description("Newest first.")
    DATE_DESC,
    @Description("Deadliest first, by the current figures; incidents without a figure come last.")
    KILLED_DESC;

    SortKey<Incident> sortKey() {
        return switch (this) {
            case DATE_ASC -> SortKey.byDate("e.occurred_on", (Incident i) -> i.occurredOn, false);
            case DATE_DESC -> SortKey.byDate("e.occurred_on", (Incident i) -> i.occurredOn, true);
            case KILLED_DESC -> SortKey.byNumber("coalesce(e.current_killed, -1)",
                    (Incident i) -> i.currentKilled == null ? -1 : i.currentKilled, true);
        };
    }
}
