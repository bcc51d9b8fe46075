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
 * A resolver that fails marks the transaction it joined rollback-only, and JTA then refuses the connection to every
 * later field of the query: the error boundary calls {@link #renewIfAborted()}, which replaces the aborted
 * transaction with a fresh one, so one field's error stays that field's (FuzzTest found 67 INTERNAL_ERRORs without it).
 * <p>
 * Mutations and subscriptions keep their resolvers' own transactions. A query on a Vert.x event-loop thread (none
 * today: HTTP and WebSocket operations run on workers) gets no request transaction either, since JTA must not
 * block there; its resolvers then fall back to their own transactions as before.
 */
public final class ReadOnlyRequestTransaction extends SimplePerformantInstrumentation {

    /** The request transaction begun on this thread, while its query runs. */
    private static final ThreadLocal<RequestTransaction> ON_THIS_THREAD = new ThreadLocal<>();

    private volatile TransactionManager transactions;

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        if (parameters.getExecutionContext().getOperationDefinition().getOperation() != OperationDefinition.Operation.QUERY
                || io.vertx.core.Context.isOnEventLoopThread()) {
            return null;
        }
        TransactionManager manager = manager();
        RequestTransaction request;
        try {
            if (manager.getStatus() != Status.STATUS_NO_TRANSACTION) {
                return null;
            }
            request = new RequestTransaction(manager);
            request.begin();
        } catch (Exception e) {
            Log.warnf(e, "No request transaction; the resolvers open their own");
            return null;
        }
        ON_THIS_THREAD.set(request);
        return SimpleInstrumentationContext.whenCompleted((result, failure) -> {
            request.end();
            if (ON_THIS_THREAD.get() == request) {
                ON_THIS_THREAD.remove();
            }
        });
    }

    /**
     * After a resolver failed: when it left this thread's request transaction rollback-only, roll that back and begin
     * another for the fields still to come. Nothing was written, so nothing is lost.
     */
    public static void renewIfAborted() {
        RequestTransaction request = ON_THIS_THREAD.get();
        if (request != null) {
            request.renewIfAborted();
        }
    }

    private TransactionManager manager() {
        TransactionManager found = transactions;
        if (found == null) {
            found = transactions = Arc.container().instance(TransactionManager.class).get();
        }
        return found;
    }

    private static final class RequestTransaction {

        private final TransactionManager manager;
        private Transaction current;
        private boolean ended;

        RequestTransaction(TransactionManager manager) {
            this.manager = manager;
        }

        void begin() throws Exception {
            manager.begin();
            current = manager.getTransaction();
            Session session = Arc.container().instance(Session.class).get();
            session.setDefaultReadOnly(true);
            session.setHibernateFlushMode(FlushMode.MANUAL);
        }

        synchronized void renewIfAborted() {
            try {
                if (ended || manager.getTransaction() != current || current.getStatus() != Status.STATUS_MARKED_ROLLBACK) {
                    return;
                }
                manager.rollback();
                begin();
            } catch (Exception e) {
                Log.warnf(e, "Renewing the read-only request transaction failed; the resolvers open their own");
                ended = true;
            }
        }

        /** Commit: nothing was written, and a rollback would make the pool reset the connection all the same. */
        synchronized void end() {
            if (ended) {
                return;
            }
            ended = true;
            try {
                if (manager.getTransaction() == current) {
                    if (manager.getStatus() == Status.STATUS_ACTIVE) {
                        manager.commit();
                    } else {
                        manager.rollback();
                    }
                } else if (current.getStatus() == Status.STATUS_ACTIVE) {
                    // completed on another thread than it began on
                    current.commit();
                } else {
                    current.rollback();
                }
            } catch (Exception e) {
                Log.warnf(e, "Ending the read-only request transaction failed");
            }
        }
    }
}
