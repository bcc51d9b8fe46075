package dev.parley.common.responsecache;

import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.OperationDefinition.Operation;
import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * The engine's side of the response cache: a query that the route marked as a miss and that ran without errors
 * may be kept; the bytes themselves come from the handler that writes the answer, so each answer is serialised once.
 * Mutations and queries with errors are never kept. (Writes move the {@link DataVersion} when they commit, see
 * {@link WriteStatements}.)
 */
public final class AnswerCapture extends SimplePerformantInstrumentation {

    private static final class State implements InstrumentationState {
        final PendingAnswer pending;
        volatile Operation operation;

        State(PendingAnswer pending) {
            this.pending = pending;
        }
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new State(pendingAnswer());
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        ((State) state).operation = parameters.getExecutionContext().getOperationDefinition().getOperation();
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        State execution = (State) state;
        if (execution.operation == Operation.QUERY && execution.pending != null && result.isDataPresent()
                && result.getErrors().isEmpty()) {
            execution.pending.cacheable = true;
        }
        return CompletableFuture.completedFuture(result);
    }

    /** The miss the route left on this HTTP request, if the request came over HTTP and may be cached. */
    private static PendingAnswer pendingAnswer() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        RoutingContext request = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        return request == null ? null : request.get(PendingAnswer.KEY);
    }
}
