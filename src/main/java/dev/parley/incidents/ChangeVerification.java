package dev.parley.incidents;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A new verification status for an incident, with who claims it and why it changed.")
public record ChangeVerification(
        @NonNull @Id @NotNull @Description("The incident.") String incidentId,
        @NonNull @NotNull @Description("The version the editor last saw; a stale version fails with CONFLICT.") Integer version,
        @NonNull @NotNull @Description("The new status.") Verification verification,
        @Id @Description("The party claiming it; required for CLAIMED, kept from before when left out.") String claimedByPartyId,
        @NonNull @NotBlank @Size(max = 2000) @Description("Why it changed, e.g. 'confirmed by satellite imagery'.") String reason) {
}
