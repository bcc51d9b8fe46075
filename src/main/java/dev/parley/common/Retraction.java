package dev.parley.common;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Records are never deleted: a record found to be wrong is retracted, and stays readable with its history.
 * Null on a record that stands.
 */
@Embeddable
@Description("Why and when a record was retracted. Retracted records stay readable by id and in their history, "
        + "but top-level lists leave them out unless asked (includeRetracted).")
public class Retraction {

    public static final String INCLUDE_RETRACTED = "True to list retracted records too (see retraction); by default they are left out.";

    @NonNull
    @Column(name = "retracted_at")
    @Description("When the record was retracted.")
    public OffsetDateTime retractedAt;

    @NonNull
    @Column(name = "retraction_reason")
    @Description("Why it was retracted, e.g. 'the source withdrew the report'.")
    public String reason;

    public static Retraction now(String reason) {
        Retraction retraction = new Retraction();
        retraction.retractedAt = OffsetDateTime.now(ZoneOffset.UTC);
        retraction.reason = reason;
        return retraction;
    }
}
