package dev.parley.talks;

import org.eclipse.microprofile.graphql.Description;

@Description("Whether a participant is actually there.")
public enum Attendance {
    @Description("Confirmed to take part.")
    CONFIRMED,
    @Description("Travelling to the venue.")
    EN_ROUTE,
    @Description("At the venue.")
    ARRIVED,
    @Description("Might take part ('might join').")
    TENTATIVE,
    @Description("Declined to take part.")
    DECLINED,
    @Description("Took part and has left.")
    DEPARTED,
    @Description("Not stated by the sources.")
    UNKNOWN
}
