package dev.parley.statements;

import org.eclipse.microprofile.graphql.Description;

@Description("How a statement was made public.")
public enum StatementChannel {
    @Description("A press or news conference.")
    PRESS_CONFERENCE,
    @Description("Remarks to reporters outside a formal press conference.")
    PRESS_REMARKS,
    @Description("An announcement of a plan or a move.")
    ANNOUNCEMENT,
    @Description("A post on social media; see platform.")
    SOCIAL_MEDIA,
    @Description("An interview.")
    INTERVIEW,
    @Description("A written official statement or communiqué.")
    OFFICIAL_STATEMENT,
    @Description("A position held and repeated over time rather than said once.")
    PUBLIC_POSITION,
    @Description("Any other channel.")
    OTHER
}
