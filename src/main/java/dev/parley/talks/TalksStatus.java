package dev.parley.talks;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a round of talks stands.")
public enum TalksStatus {
    @Description("Publicly announced; no date or venue fixed yet.")
    ANNOUNCED,
    @Description("Date and venue fixed; not yet begun.")
    SCHEDULED,
    @Description("Under way.")
    IN_PROGRESS,
    @Description("Ended as planned, with or without agreement.")
    CONCLUDED,
    @Description("Moved to a later, possibly unknown, date.")
    POSTPONED,
    @Description("Called off before they began.")
    CANCELLED,
    @Description("Broke down while under way.")
    COLLAPSED
}
