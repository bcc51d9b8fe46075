package dev.parley.talks;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A change to the status or dates of talks. Fields left out (or null) stay as they are.")
public record UpdateTalks(
        @NonNull @Id @NotNull @Description("The talks' id.") String id,
        @NonNull @NotNull @Description("The version the editor last saw; a stale version fails with CONFLICT.") Integer version,
        @Description("The new status.") TalksStatus status,
        @Description("The new first day.") LocalDate startDate,
        @Description("The new last day; must not be before the start date.") LocalDate endDate,
        @Size(max = 4000) @Description("New notes, replacing the old ones.") String notes) {
}
