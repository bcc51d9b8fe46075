package dev.parley.incidents;

import org.eclipse.microprofile.graphql.Description;

@Description("How far a report of an incident has been checked.")
public enum Verification {
    @Description("Independently confirmed.")
    CONFIRMED,
    @Description("Reported by media or officials, not independently verified.")
    REPORTED,
    @Description("Claimed by a party (see claimedBy), not independently verified.")
    CLAIMED,
    @Description("Contested by another party or source.")
    DISPUTED,
    @Description("Denied by the party said to be responsible or affected.")
    DENIED,
    @Description("Withdrawn by the source that reported it.")
    RETRACTED
}
