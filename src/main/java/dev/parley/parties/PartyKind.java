package dev.parley.parties;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of actor a party is.")
public enum PartyKind {
    @Description("A sovereign state and its government.")
    STATE,
    @Description("A group of states acting together (e.g. 'Europe' as the European negotiating teams).")
    BLOC,
    @Description("A state's armed forces or one of their branches.")
    ARMED_FORCE,
    @Description("A state's security or intelligence service (e.g. the SBU).")
    SECURITY_SERVICE,
    @Description("A non-state armed group.")
    ARMED_GROUP,
    @Description("An international organisation (UN, OSCE …).")
    INTERNATIONAL_ORGANIZATION,
    @Description("Any other actor.")
    OTHER
}
