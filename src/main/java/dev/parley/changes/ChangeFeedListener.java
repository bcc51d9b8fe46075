package dev.parley.changes;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.parley.common.ParleyEntity;
import dev.parley.incidents.CasualtyReport;
import dev.parley.incidents.Incident;
import dev.parley.statements.Statement;
import dev.parley.talks.Talks;
import org.hibernate.Transaction;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Notes every incident, talks and statement that Hibernate inserts or updates, in whatever transaction and through
 * whatever code path (the editing services, imports, tests' data), and hands the transaction's list to
 * {@link ChangeFeedWriter} just before it commits. A new casualty report counts as a revision of its incident.
 * <p>
 * Hibernate events see every write made through entities, in sessions and stateless sessions alike; bulk HQL and
 * native statements bypass them, as they bypass Envers' audit trail.
 */
final class ChangeFeedListener implements PostInsertEventListener, PostUpdateEventListener {

    static final String INCIDENT = "Incident";

    private static final Map<Class<?>, String> RECORD_TYPES = Map.of(
            Incident.class, INCIDENT, Talks.class, "Talks", Statement.class, "Statement");

    private final Map<Transaction, PendingChanges> pending = new ConcurrentHashMap<>();

    private final ChangeFeedWriter writer = new ChangeFeedWriter();

    @Override
    public void onPostInsert(PostInsertEvent event) {
        Object entity = event.getEntity();
        if (entity instanceof CasualtyReport report) {
            changesOf(event.getSession()).add(INCIDENT, report.incident.id, RecordChangeKind.REVISED, false);
            return;
        }
        String type = RECORD_TYPES.get(entity.getClass());
        if (type != null) {
            changesOf(event.getSession()).add(type, ((ParleyEntity) entity).id, RecordChangeKind.CREATED, true);
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        String type = RECORD_TYPES.get(event.getEntity().getClass());
        if (type != null) {
            RecordChangeKind kind = retracts(event) ? RecordChangeKind.RETRACTED : RecordChangeKind.REVISED;
            changesOf(event.getSession()).add(type, ((ParleyEntity) event.getEntity()).id, kind, true);
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    /** The update sets the retraction of a record that stood (a retracted record can no longer change). */
    private static boolean retracts(PostUpdateEvent event) {
        String[] properties = event.getPersister().getPropertyNames();
        for (int p = 0; p < properties.length; p++) {
            if ("retraction".equals(properties[p])) {
                boolean wasStanding = event.getOldState() == null || event.getOldState()[p] == null;
                return wasStanding && event.getState()[p] != null;
            }
        }
        return false;
    }

    /**
     * The transaction's list, made on its first write together with the callbacks that write it out before the
     * commit and forget it after. Keyed by transaction, as Envers keys its audit process.
     */
    private PendingChanges changesOf(SharedSessionContractImplementor session) {
        Transaction transaction = session.accessTransaction();
        PendingChanges changes = pending.get(transaction);
        if (changes == null) {
            PendingChanges created = new PendingChanges();
            changes = created;
            pending.put(transaction, created);
            TransactionCompletionCallbacks callbacks = session.getTransactionCompletionCallbacks();
            callbacks.registerCallback((TransactionCompletionCallbacks.BeforeCompletionCallback) s -> writer.write(s, created));
            callbacks.registerCallback((TransactionCompletionCallbacks.AfterCompletionCallback) (success, s) -> pending.remove(transaction));
        }
        return changes;
    }
}
