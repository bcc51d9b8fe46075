package dev.parley.incidents;

import java.time.LocalDate;

import dev.parley.common.DatePrecision;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("New casualty figures for an incident. They are added as a new report; earlier reports are kept.")
public record ReviseCasualties(
        @NonNull @Id @NotNull @Description("The incident.") String incidentId,
        @NonNull @NotNull @PastOrPresent @Description("When these figures were reported; not in the future.") LocalDate reportedOn,
        @NonNull @NotNull @Description("How exactly reportedOn is known.") DatePrecision reportedOnPrecision,
        @Min(0) @Max(MAX_FIGURE) @Description("People killed, at most 1,000,000; leave out when the report gives no figure.") Integer killed,
        @Min(0) @Max(MAX_FIGURE) @Description("People wounded, at most 1,000,000; leave out when the report gives no exact figure.") Integer wounded,
        @Size(max = 500) @Description("The report's own words for vague figures, e.g. 'dozens wounded'.") String qualifier,
        @Id @Description("Where these figures were reported.") String sourceId) {

    /** No single incident comes near it; a larger figure is a typo or an attack on the sums in incidentStats. */
    public static final int MAX_FIGURE = 1_000_000;
}
