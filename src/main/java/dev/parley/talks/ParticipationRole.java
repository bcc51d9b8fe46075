package dev.parley.talks;

import org.eclipse.microprofile.graphql.Description;

@Description("The part someone plays at talks.")
public enum ParticipationRole {
    @Description("Mediates between the sides.")
    MEDIATOR,
    @Description("A special envoy sent by a leader or government.")
    ENVOY,
    @Description("Leads a party's delegation.")
    HEAD_OF_DELEGATION,
    @Description("Member of a party's delegation.")
    DELEGATE,
    @Description("A party's negotiating team as a whole, when no member is named.")
    DELEGATION,
    @Description("Attends without negotiating.")
    OBSERVER,
    @Description("Takes part in a role the sources do not specify.")
    PARTICIPANT
}
