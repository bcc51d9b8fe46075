package dev.parley.proposals;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A peace plan or proposal put on the table.")
public record AddProposal(
        @NonNull @NotBlank @Size(max = 300) @Description("Name of the proposal, e.g. 'US peace plan'.") String title,
        @Size(max = 4000) @Description("What it is about, in a sentence or two.") String summary,
        @PastOrPresent @Description("When it was first presented, if known; not in the future.") LocalDate presentedOn,
        @Id @Description("The party that put it forward, if known.") String proposedByPartyId,
        @Id @Description("Ids of the talks where it is on the table.") List<String> talksIds) {
}
