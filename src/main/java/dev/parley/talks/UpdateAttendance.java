package dev.parley.talks;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("News of a participant: arrived, departed, declined …")
public record UpdateAttendance(
        @NonNull @Id @NotNull @Description("The participation's id.") String participationId,
        @NonNull @NotNull @Description("The version the editor last saw; a stale version fails with CONFLICT.") Integer version,
        @NonNull @NotNull @Description("The new attendance.") Attendance attendance,
        @Size(max = 1000) @Description("New notes, replacing the old ones; left out, they stay.") String notes) {
}
