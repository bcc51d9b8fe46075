package dev.parley.changes;

import java.time.OffsetDateTime;
import java.util.List;

import dev.parley.common.InvalidArgumentException;
import dev.parley.common.paging.Cursor;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.annotations.Immutable;

/** One entry of the change feed; written by {@link ChangeFeedWriter} with plain JDBC, only ever read here. */
@Entity
@Immutable
@Table(name = "change_feed")
@Description("A record created, revised or retracted by a committed write. The feed lists them in commit order.")
public class RecordChange extends PanacheEntityBase {

    /** Marks a cursor as the feed's: a cursor of another list names no position in it. */
    private static final String CURSOR_LIST = "changes";

    @Id
    @Ignore
    public long position;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("What the write did to the record.")
    public RecordChangeKind kind;

    @NonNull
    @Column(name = "record_type")
    @Description("The record's GraphQL type: Incident, Talks or Statement.")
    public String recordType;

    @NonNull
    @org.eclipse.microprofile.graphql.Id
    @Column(name = "record_id")
    @Description("Id of the record that changed; `record` (or `node(id:)`) gives the record as it is now.")
    public Long recordId;

    @NonNull
    @Column(name = "committed_at")
    @Description("When the write committed.")
    public OffsetDateTime committedAt;

    @Column(name = "changed_by")
    @Description("Who wrote it, as the audit trail names them: an editor's user name, 'system', or the import; null when not known.")
    public String changedBy;

    @NonNull
    @Description("Opaque position in the feed: store it and pass it as `after` to resume from the next change.")
    public String getCursor() {
        return cursorOf(this).encode();
    }

    static Cursor cursorOf(RecordChange change) {
        return new Cursor(CURSOR_LIST, change.position);
    }

    static long positionOf(Cursor cursor) {
        if (cursor == null) {
            return 0;
        }
        if (!CURSOR_LIST.equals(cursor.sortValue())) {
            throw new InvalidArgumentException("after is a cursor of another list; use a cursor from changes");
        }
        return cursor.id();
    }

    /** Up to {@code limit} changes after a position, in commit order. */
    static List<RecordChange> after(long position, int limit) {
        return find("position > ?1 order by position", position).range(0, limit - 1).list();
    }
}
