package dev.parley.audit;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One entry of a record's audit trail: who changed it, when, and which fields.")
public record Change(
        @NonNull @Description("Number of the revision, increasing with every committed write across Parley.") int revision,
        @NonNull @Description("When the change was committed.") OffsetDateTime changedAt,
        @NonNull @Description("The editor who made it (user name), or 'system'.") String changedBy,
        @NonNull @Description("Whether the record was created or updated.") ChangeKind kind,
        @NonNull @Description("The fields whose values changed, by name in alphabetical order; every field set for CREATED.") List<String> changedFields) {
}
