package dev.parley.talks;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A new round of talks, as announced.")
public record ScheduleTalks(
        @NonNull @NotBlank @Size(max = 300) @Description("Short name of the round, e.g. 'Geneva round'.") String title,
        @Valid @Description("Where the talks are held, as far as known.") TalksVenue venue,
        @NonNull @NotNull @Description("First day of the talks.") LocalDate startDate,
        @Description("Last day; must not be before startDate. Leave out while open-ended or unknown.") LocalDate endDate,
        @NonNull @NotNull @Description("Where the talks stand, usually ANNOUNCED or SCHEDULED.") TalksStatus status,
        @NonNull @NotNull @Description("How the sides meet.") TalksFormat format,
        @Size(max = 4000) @Description("Context the sources give.") String notes,
        @Id @Description("The party whose envoys mediate, if any.") String mediatingPartyId,
        @Id @Description("The conflict the talks are meant to end, if known.") String conflictId,
        @Id @Description("Ids of the sources reporting the talks.") List<String> sourceIds) {
}
