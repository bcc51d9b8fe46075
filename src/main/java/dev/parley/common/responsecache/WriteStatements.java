package dev.parley.common.responsecache;

import java.util.Locale;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Notices the first statement of a transaction that changes data (insert, update, delete or merge; entity writes,
 * bulk updates, audit rows and native statements alike) and fires {@link DataVersion.DataChanged} in it, which the
 * data version observes after a successful commit only. A refused or failed mutation runs no such statement, or
 * runs it in a transaction that is rolled back, so it leaves every cached answer in place.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class WriteStatements implements StatementInspector {

    private static final Object MARK = WriteStatements.class;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    Event<DataVersion.DataChanged> changed;

    @Override
    public String inspect(String sql) {
        if (!changesData(sql)) {
            return sql;
        }
        if (transactions.getTransactionKey() == null) {
            changed.fire(new DataVersion.DataChanged()); // no transaction: the statement commits on its own
        } else if (transactions.getResource(MARK) == null) {
            transactions.putResource(MARK, Boolean.TRUE);
            changed.fire(new DataVersion.DataChanged());
        }
        return sql;
    }

    static boolean changesData(String sql) {
        int start = 0;
        while (start < sql.length()) {
            if (Character.isWhitespace(sql.charAt(start))) {
                start++;
            } else if (sql.startsWith("/*", start) && sql.indexOf("*/", start + 2) > 0) {
                start = sql.indexOf("*/", start + 2) + 2; // Hibernate's comments, when hibernate-orm.log.sql-comments is on
            } else {
                break;
            }
        }
        String verb = sql.substring(start, Math.min(sql.length(), start + 6)).toLowerCase(Locale.ROOT);
        return verb.startsWith("insert") || verb.startsWith("update") || verb.startsWith("delete") || verb.startsWith("merge");
    }
}
