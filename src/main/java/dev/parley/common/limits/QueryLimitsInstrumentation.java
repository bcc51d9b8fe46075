package dev.parley.common.limits;

import java.util.ArrayList;
import java.util.List;

import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLCompositeType;

/**
 * Rejects an operation that exceeds a limit before any field is resolved, so a rejected query does no
 * database work; the error names every limit hit. Introspection has its own depth limit: GraphiQL's
 * introspection query is deeper than a data query needs to be, but an endless circular one is not let through.
 * An operation within the limits then waits for room in the {@link ExecutionBudget} before it runs.
 */
public final class QueryLimitsInstrumentation extends SimplePerformantInstrumentation {

    private final QueryLimits limits;
    private final ExecutionBudget budget;

    public QueryLimitsInstrumentation(QueryLimits limits) {
        this.limits = limits;
        this.budget = new ExecutionBudget(limits.recordsInFlight(), limits.busyWait());
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        GraphQLCompositeType root = switch (execution.getOperationDefinition().getOperation()) {
            case MUTATION -> execution.getGraphQLSchema().getMutationType();
            case SUBSCRIPTION -> execution.getGraphQLSchema().getSubscriptionType();
            default -> execution.getGraphQLSchema().getQueryType();
        };
        DocumentCost cost = DocumentCost.of(execution.getGraphQLSchema(), root,
                execution.getOperationDefinition().getSelectionSet(), execution.getFragmentsByName(),
                execution.getCoercedVariables().toMap());
        List<String> exceeded = new ArrayList<>();
        if (!limits.introspection() && cost.introspectionDepth > 0) {
            exceeded.add("introspection is disabled on this server");
        }
        check(exceeded, "query depth", cost.depth, limits.depth());
        check(exceeded, "introspection depth", cost.introspectionDepth, limits.introspectionDepth());
        check(exceeded, "aliases", cost.aliases, limits.aliases());
        check(exceeded, "fields", cost.fields, limits.fields());
        check(exceeded, "directives on one field", cost.maxDirectivesOnAField, limits.directivesPerField());
        check(exceeded, "records requested (page sizes multiplied)", cost.nodes, limits.nodes());
        if (!exceeded.isEmpty()) {
            throw new QueryLimitExceeded(exceeded);
        }
        if (execution.getOperationDefinition().getOperation() == OperationDefinition.Operation.SUBSCRIPTION) {
            return SimpleInstrumentationContext.noOp(); // its events are small and come one at a time
        }
        int held = budget.acquire(cost.nodes);
        return SimpleInstrumentationContext.whenCompleted((result, failure) -> budget.release(held));
    }

    private static void check(List<String> exceeded, String what, long actual, long limit) {
        if (actual > limit) {
            exceeded.add("%s %d exceeds the limit of %d".formatted(what, actual, limit));
        }
    }
}
