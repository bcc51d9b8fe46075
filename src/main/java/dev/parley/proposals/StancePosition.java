package dev.parley.proposals;

import org.eclipse.microprofile.graphql.Description;

@Description("A party's position on a proposal or provision.")
public enum StancePosition {
    @Description("Supports it.")
    SUPPORTS,
    @Description("Supports it only on conditions (stated in the summary).")
    CONDITIONAL,
    @Description("Opposes it.")
    OPPOSES,
    @Description("Has voiced a position on the process around it, but not clearly for or against it.")
    UNCLEAR
}
