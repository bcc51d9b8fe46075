package dev.parley.talks;

import dev.parley.common.errors.ErrorBoundary;
import dev.parley.common.Retract;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
@ErrorBoundary
public class TalksMutationGraphQLApi {

    @Inject
    TalksService talks;

    @Inject
    ParticipationService participation;

    @Mutation("scheduleTalks")
    @RolesAllowed("editor")
    @Description("Record a new round of talks. Needs the editor role.")
    public @NonNull Talks scheduleTalks(@NonNull @Description("The talks.") ScheduleTalks input) {
        return talks.schedule(input);
    }

    @Mutation("updateTalks")
    @RolesAllowed("editor")
    @Description("Change the status, dates or notes of talks. Needs the editor role.")
    public @NonNull Talks updateTalks(@NonNull @Description("The change.") UpdateTalks input) {
        return talks.update(input);
    }

    @Mutation("retractTalks")
    @RolesAllowed("editor")
    @Description("Retract talks recorded in error; they stay readable by id, flagged, with their history. "
            + "Needs the editor role.")
    public @NonNull Talks retractTalks(@NonNull @Description("Which talks, and why.") Retract input) {
        return talks.retract(input);
    }

    @Mutation("addParticipant")
    @RolesAllowed("editor")
    @Description("Add a person, or a party's delegation, to talks. Needs the editor role.")
    public @NonNull Participation addParticipant(@NonNull @Description("The participant.") AddParticipant input) {
        return participation.add(input);
    }

    @Mutation("updateAttendance")
    @RolesAllowed("editor")
    @Description("Record that a participant arrived, left, declined … Needs the editor role.")
    public @NonNull Participation updateAttendance(@NonNull @Description("The change.") UpdateAttendance input) {
        return participation.updateAttendance(input);
    }
}
