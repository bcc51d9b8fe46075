package dev.parley.talks;

import org.eclipse.microprofile.graphql.Description;

@Description("How the sides meet.")
public enum TalksFormat {
    @Description("The sides meet face to face.")
    DIRECT,
    @Description("The sides are at the same venue but talk through mediators, not face to face.")
    PROXIMITY,
    @Description("Mediators travel between the sides, who stay in different places.")
    SHUTTLE,
    @Description("Talks held remotely, by video or telephone.")
    REMOTE,
    @Description("Mixed or not yet known.")
    OTHER
}
