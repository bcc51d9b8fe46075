package dev.parley.proposals;

import org.eclipse.microprofile.graphql.Description;

@Description("What a provision of a proposal deals with.")
public enum ProvisionKind {
    @Description("Guarantees of a party's future security.")
    SECURITY_GUARANTEE,
    @Description("Control of or sovereignty over territory.")
    TERRITORY,
    @Description("A ceasefire or truce.")
    CEASEFIRE,
    @Description("Exchange of prisoners of war or detainees.")
    PRISONER_EXCHANGE,
    @Description("Sanctions and their relief.")
    SANCTIONS,
    @Description("Limits on armed forces or weapons.")
    MILITARY_LIMITS,
    @Description("Membership of alliances or blocs.")
    ALLIANCE_MEMBERSHIP,
    @Description("Reconstruction, reparations or frozen assets.")
    RECONSTRUCTION,
    @Description("Humanitarian access and protection of civilians.")
    HUMANITARIAN,
    @Description("Anything else.")
    OTHER
}
