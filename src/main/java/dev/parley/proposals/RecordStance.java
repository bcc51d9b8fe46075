package dev.parley.proposals;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A party's position on a proposal, or on one of its provisions.")
public record RecordStance(
        @NonNull @Id @NotNull @Description("The proposal.") String proposalId,
        @Id @Description("The provision, when the stance is about one point; it must belong to the proposal.") String provisionId,
        @NonNull @Id @NotNull @Description("The party taking the stance.") String partyId,
        @Id @Description("Who voiced it, if the sources name someone.") String voicedByPersonId,
        @NonNull @NotNull @Description("For, against, conditional or unclear.") StancePosition position,
        @NonNull @NotBlank @Size(max = 4000) @Description("The position in the sources' words.") String summary,
        @PastOrPresent @Description("When it was stated, if known; not in the future.") LocalDate statedOn) {
}
