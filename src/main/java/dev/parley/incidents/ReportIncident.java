package dev.parley.incidents;

import java.time.LocalDate;
import java.util.List;

import dev.parley.common.DatePrecision;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A newly reported battlefield incident.")
public record ReportIncident(
        @NonNull @NotNull @PastOrPresent @Description("When it happened; not in the future.") LocalDate occurredOn,
        @NonNull @NotNull @Description("How exactly occurredOn is known.") DatePrecision datePrecision,
        @NonNull @NotNull @Valid @Description("Where it happened.") IncidentPlace place,
        @Id @Description("Who carried it out, if the sources say.") String actorPartyId,
        @DefaultValue("false") @Description("True when the sources imply the actor rather than name it.") Boolean actorInferred,
        @Size(max = 500) @Description("What was hit or taken.") String target,
        @Description("ACLED event type, when the sources say enough.") EventType eventType,
        @Description("ACLED sub-event type, when the sources say enough.") SubEventType subEventType,
        @DefaultValue("false") @Description("True when civilians were the target.") Boolean civiliansTargeted,
        @NonNull @NotNull @Description("How far the report has been checked.") Verification verification,
        @Id @Description("The party claiming it; required when verification is CLAIMED.") String claimedByPartyId,
        @Size(max = 4000) @Description("What the sources add, and what they leave open.") String notes,
        @Id @Description("The conflict it belongs to, if known.") String conflictId,
        @Id @Description("Ids of the sources reporting it.") List<String> sourceIds) {
}
