package dev.parley.common.engine;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;
import io.quarkus.arc.Arc;
import io.quarkus.logging.Log;
import jakarta.transaction.Status;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * One read-only transaction, and so one Hibernate session and one connection, for a whole query: the
 * {@code @Transactional} read resolvers join it instead of each beginning and committing its own (Q1 sent 7 BEGIN
 * and 7 COMMIT for its 7 SELECTs). The session is read-only (no dirty-check snapshots) and never flushed.
 * <p>
 * Mutations and subscriptions keep their resolvers' own transactions. A query on a Vert.x event-loop thread (none
 * today: HTTP and WebSocket operations run on workers) gets no request transaction either, since JTA must not
 * block there; its resolvers then fall back to their own transactions as before.
 */
final class ReadOnlyRequestTransaction extends SimplePerformantInstrumentation {

    private volatile TransactionManager transactions;

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        if (parameters.getExecutionContext().getOperationDefinition().getOperation() != OperationDefinition.Operation.QUERY
                || io.vertx.core.Context.isOnEventLoopThread()) {
            return null;
        }
        TransactionManager manager = manager();
        Transaction transaction;
        try {
            if (manager.getStatus() != Status.STATUS_NO_TRANSACTION) {
                return null;
            }
            manager.begin();
            transaction = manager.getTransaction();
        } catch (Exception e) {
            Log.warnf(e, "No request transaction; the resolvers open their own");
            return null;
        }
        Session session = Arc.container().instance(Session.class).get();
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
        return SimpleInstrumentationContext.whenCompleted((result, failure) -> end(manager, transaction));
    }

    /** Commit: nothing was written, and a rollback would make the pool reset the connection all the same. */
    private static void end(TransactionManager manager, Transaction transaction) {
        try {
            if (manager.getTransaction() == transaction) {
                if (manager.getStatus() == Status.STATUS_ACTIVE) {
                    manager.commit();
                } else {
                    manager.rollback();
                }
            } else if (transaction.getStatus() == Status.STATUS_ACTIVE) {
                // completed on another thread than it began on
                transaction.commit();
            } else {
                transaction.rollback();
            }
        } catch (Exception e) {
            Log.warnf(e, "Ending the read-only request transaction failed");
        }
    }

    private TransactionManager manager() {
        TransactionManager found = transactions;
        if (found == null) {
            found = transactions = Arc.container().instance(TransactionManager.class).get();
        }
        return found;
    }
}
