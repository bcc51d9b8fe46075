package dev.parley.incidents;

import org.eclipse.microprofile.graphql.Description;

@Description("ACLED sub-event type; each belongs to one event type (named in brackets).")
public enum SubEventType {
    @Description("[BATTLES] Armed clash.")
    ARMED_CLASH,
    @Description("[BATTLES] Government regains territory.")
    GOVERNMENT_REGAINS_TERRITORY,
    @Description("[BATTLES] Non-state actor overtakes territory; ACLED also codes captures by a foreign state's forces here.")
    NON_STATE_ACTOR_OVERTAKES_TERRITORY,
    @Description("[EXPLOSIONS_REMOTE_VIOLENCE] Chemical weapon.")
    CHEMICAL_WEAPON,
    @Description("[EXPLOSIONS_REMOTE_VIOLENCE] Air/drone strike.")
    AIR_DRONE_STRIKE,
    @Description("[EXPLOSIONS_REMOTE_VIOLENCE] Suicide bomb.")
    SUICIDE_BOMB,
    @Description("[EXPLOSIONS_REMOTE_VIOLENCE] Shelling/artillery/missile attack.")
    SHELLING_ARTILLERY_MISSILE_ATTACK,
    @Description("[EXPLOSIONS_REMOTE_VIOLENCE] Remote explosive/landmine/IED.")
    REMOTE_EXPLOSIVE_LANDMINE_IED,
    @Description("[EXPLOSIONS_REMOTE_VIOLENCE] Grenade.")
    GRENADE,
    @Description("[VIOLENCE_AGAINST_CIVILIANS] Sexual violence.")
    SEXUAL_VIOLENCE,
    @Description("[VIOLENCE_AGAINST_CIVILIANS] Attack.")
    ATTACK,
    @Description("[VIOLENCE_AGAINST_CIVILIANS] Abduction/forced disappearance.")
    ABDUCTION_FORCED_DISAPPEARANCE,
    @Description("[PROTESTS] Peaceful protest.")
    PEACEFUL_PROTEST,
    @Description("[PROTESTS] Protest with intervention.")
    PROTEST_WITH_INTERVENTION,
    @Description("[PROTESTS] Excessive force against protesters.")
    EXCESSIVE_FORCE_AGAINST_PROTESTERS,
    @Description("[RIOTS] Violent demonstration.")
    VIOLENT_DEMONSTRATION,
    @Description("[RIOTS] Mob violence.")
    MOB_VIOLENCE,
    @Description("[STRATEGIC_DEVELOPMENTS] Agreement.")
    AGREEMENT,
    @Description("[STRATEGIC_DEVELOPMENTS] Arrests.")
    ARRESTS,
    @Description("[STRATEGIC_DEVELOPMENTS] Change to group/activity.")
    CHANGE_TO_GROUP_ACTIVITY,
    @Description("[STRATEGIC_DEVELOPMENTS] Disrupted weapons use.")
    DISRUPTED_WEAPONS_USE,
    @Description("[STRATEGIC_DEVELOPMENTS] Headquarters or base established.")
    HEADQUARTERS_OR_BASE_ESTABLISHED,
    @Description("[STRATEGIC_DEVELOPMENTS] Looting/property destruction.")
    LOOTING_PROPERTY_DESTRUCTION,
    @Description("[STRATEGIC_DEVELOPMENTS] Non-violent transfer of territory.")
    NON_VIOLENT_TRANSFER_OF_TERRITORY,
    @Description("[STRATEGIC_DEVELOPMENTS] Other.")
    OTHER
}
