package dev.parley.timeline;

import org.eclipse.microprofile.graphql.Description;

@Description("The kinds of entries the timeline can hold.")
public enum TimelineKind {
    @Description("Rounds of talks, placed at their start date.")
    TALKS,
    @Description("Battlefield incidents.")
    INCIDENT,
    @Description("Dated statements (undated standing positions have no place on a timeline).")
    STATEMENT
}
