package dev.parley.sources;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.validator.constraints.URL;

@Description("A new source: a news report, an official statement, a dataset.")
public record AddSource(
        @NonNull @NotBlank @Size(max = 500) @Description("Title of the report or document.") String title,
        @Size(max = 200) @Description("Who published it.") String publisher,
        @PastOrPresent @Description("Publication date, when known; not in the future.") LocalDate publishedOn,
        @URL(regexp = "^https?:.*") @Size(max = 2000) @Description("Where to read it (http or https URL).") String url,
        @Size(max = 2000) @Description("Remarks on its reliability or gaps.") String notes) {
}
