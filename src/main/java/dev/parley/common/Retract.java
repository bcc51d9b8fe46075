package dev.parley.common;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Retract a record that turned out to be wrong. It is kept, flagged, with its history.")
public record Retract(
        @NonNull @Id @NotNull @Description("The record's id.") String id,
        @NonNull @NotNull @Description("The version the editor last saw; a stale version fails with CONFLICT.") Integer version,
        @NonNull @NotBlank @Size(max = 2000) @Description("Why it is retracted.") String reason) {
}
