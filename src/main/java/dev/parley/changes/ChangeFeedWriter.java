package dev.parley.changes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import dev.parley.audit.Revision;
import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.envers.AuditReaderFactory;

/**
 * Writes one transaction's changes into the feed, just before it commits, on its own connection.
 * <p>
 * <b>Why positions come from a locked counter.</b> A reader resumes after the last position it saw, so a position
 * must never become visible after a higher one. Sequence values do not promise that: they are handed out when a row
 * is inserted, and a transaction that took 10 can commit after one that took 11, whose 11 a reader may then pass
 * before 10 appears. Here a transaction takes its positions by updating the one row of {@code change_feed_position}
 * as the last thing before its commit, and that row stays locked until the commit (or rollback, which returns the
 * numbers). The next writer waits on the row, so positions are handed out in commit order, with no gaps, on H2 and
 * PostgreSQL alike, and a reader needs nothing but {@code position > after}. The price is that committing writers
 * queue for a few milliseconds each; the alternative (positions from a sequence, readers holding back everything
 * above the oldest transaction still in flight) needs the database's transaction list, which H2 does not offer.
 * <p>
 * Row locks taken here, such as the updated_at of incidents revised through a bulk statement, are taken before the
 * counter, so that a transaction never waits for another while holding it.
 */
final class ChangeFeedWriter {

    void write(SharedSessionContractImplementor session, PendingChanges changes) {
        if (changes.isEmpty()) {
            return;
        }
        String changedBy = changedBy(session);
        session.doWork(connection -> {
            touchIncidents(connection, changes.incidentsToTouch());
            long first = reservePositions(connection, changes.entries().size());
            insert(connection, first, changes.entries(), changedBy, OffsetDateTime.now(ZoneOffset.UTC));
        });
    }

    /** Who made the change, as the audit trail names them: an editor, "system", or an import. */
    private static String changedBy(SharedSessionContractImplementor session) {
        if (session instanceof Session full) {
            return AuditReaderFactory.get(full).getCurrentRevision(Revision.class, false).changedBy;
        }
        return null; // a stateless session: Envers' reader does not take one
    }

    private static void touchIncidents(Connection connection, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("update incident set updated_at = ? where id = ?")) {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            for (long id : ids) {
                update.setObject(1, now);
                update.setLong(2, id);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** The first of {@code count} consecutive positions; the counter row stays locked until the transaction ends. */
    private static long reservePositions(Connection connection, int count) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "update change_feed_position set last_position = last_position + ? where id = 1")) {
            lock.setLong(1, count);
            if (lock.executeUpdate() != 1) {
                throw new IllegalStateException("change_feed_position has no row 1; migration V5 inserts it");
            }
        }
        try (PreparedStatement read = connection.prepareStatement("select last_position from change_feed_position where id = 1");
                ResultSet row = read.executeQuery()) {
            row.next();
            return row.getLong(1) - count + 1;
        }
    }

    private static void insert(Connection connection, long first, Map<PendingChanges.Key, RecordChangeKind> entries,
            String changedBy, OffsetDateTime committedAt) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into change_feed"
                + " (position, kind, record_type, record_id, committed_at, changed_by) values (?, ?, ?, ?, ?, ?)")) {
            long position = first;
            for (var entry : entries.entrySet()) {
                insert.setLong(1, position++);
                insert.setString(2, entry.getValue().name());
                insert.setString(3, entry.getKey().recordType());
                insert.setLong(4, entry.getKey().recordId());
                insert.setObject(5, committedAt);
                insert.setString(6, changedBy);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
