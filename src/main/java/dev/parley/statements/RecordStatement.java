package dev.parley.statements;

import java.time.LocalDate;
import java.util.List;

import dev.parley.common.DatePrecision;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Something an official or a government said in public.")
public record RecordStatement(
        @NonNull @Id @NotNull @Description("The party the speaker speaks for.") String partyId,
        @Id @Description("Who spoke; leave out when a government or party spoke as a whole.") String personId,
        @PastOrPresent @Description("When it was said; leave out only for an UNDATED standing position.") LocalDate saidOn,
        @NonNull @NotNull @Description("How exactly saidOn is known; UNDATED when there is no date.") DatePrecision datePrecision,
        @NonNull @NotNull @Description("How it was made public.") StatementChannel channel,
        @Size(max = 100) @Description("The platform or outlet, e.g. 'X'.") String platform,
        @Size(max = 4000) @Description("The exact words, when the sources quote them.") String quote,
        @NonNull @NotBlank @Size(max = 4000) @Description("What was said, in brief.") String summary,
        @Id @Description("The talks it is about, if any.") String talksId,
        @Id @Description("Ids of the sources reporting it.") List<String> sourceIds) {
}
