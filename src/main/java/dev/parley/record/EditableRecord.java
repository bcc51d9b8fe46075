package dev.parley.record;

import dev.parley.common.InvalidInputException;
import dev.parley.common.ParleyEntity;
import dev.parley.common.References;
import dev.parley.common.Retraction;
import dev.parley.common.Versions;
import dev.parley.common.sql.Alias;
import dev.parley.common.sql.Where;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.eclipse.microprofile.graphql.Description;
import org.hibernate.envers.Audited;

/**
 * A record editors change after it was made (talks, incidents, statements): every change names the version it
 * was made against, so no update is lost, and a retracted record is read-only, so a correction is a new record.
 * Audited here so that the retraction lands in each subclass's history table.
 */
@MappedSuperclass
@Audited
public abstract class EditableRecord extends ParleyEntity {

    @Version
    @Description("Version of the record, raised by every change; updates must name the version they were made against.")
    public int version;

    @Embedded
    @Description("Set when the record was retracted; null while it stands.")
    public Retraction retraction;

    /**
     * The record an editor wants to change: it exists, the editor's copy is current, and it was not retracted.
     * Failures name {@code field}, the input field that holds the id.
     */
    public static <E extends EditableRecord> E editable(Class<E> type, String field, String id, int version) {
        E record = References.require(type, field, id);
        Versions.require(record, record.version, version);
        record.requireStanding(field);
        return record;
    }

    /** The rows a list shows: standing records only, unless retracted ones are asked for too. */
    public static Where listed(Alias row, boolean includeRetracted) {
        return includeRetracted ? new Where() : new Where().and(row.col("retracted_at") + " is null");
    }

    /** Refuses to add to a retracted record (a casualty figure, say) where no version is named. */
    public void requireStanding(String field) {
        if (retraction != null) {
            throw new InvalidInputException(field, "%s %s is retracted and can no longer be changed"
                    .formatted(getClass().getSimpleName(), id));
        }
    }

    /** Flags the record as wrong and writes it now, so that a concurrent edit fails as CONFLICT. */
    public void retract(String reason) {
        retraction = Retraction.now(reason);
        Versions.flush(this);
    }
}
