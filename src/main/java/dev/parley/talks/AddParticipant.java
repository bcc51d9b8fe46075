package dev.parley.talks;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A person, or a party's delegation with no named member, joining talks.")
public record AddParticipant(
        @NonNull @Id @NotNull @Description("The talks joined.") String talksId,
        @NonNull @Id @NotNull @Description("The party represented.") String partyId,
        @Id @Description("The person taking part; leave out for a delegation with no named member.") String personId,
        @NonNull @NotNull @Description("The part played at the talks.") ParticipationRole role,
        @NonNull @NotNull @Description("Whether the participant is there, on the way or only expected.") Attendance attendance,
        @Size(max = 1000) @Description("What the sources add.") String notes) {
}
