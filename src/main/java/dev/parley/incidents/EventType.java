package dev.parley.incidents;

import org.eclipse.microprofile.graphql.Description;

@Description("ACLED event type: the broad kind of event.")
public enum EventType {
    @Description("Violent clashes between armed groups, including territory changing hands.")
    BATTLES,
    @Description("Explosions and remote violence: shelling, missiles, air and drone strikes, mines.")
    EXPLOSIONS_REMOTE_VIOLENCE,
    @Description("Violence by an armed group against unarmed civilians.")
    VIOLENCE_AGAINST_CIVILIANS,
    @Description("Non-violent public demonstrations.")
    PROTESTS,
    @Description("Violent demonstrations or mob violence.")
    RIOTS,
    @Description("Significant non-violent developments, e.g. agreements, arrests, looting, destruction of property.")
    STRATEGIC_DEVELOPMENTS
}
