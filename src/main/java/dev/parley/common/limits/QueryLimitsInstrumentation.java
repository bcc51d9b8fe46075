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
import graphql.schema.GraphQLCompositeType;

/**
 * Rejects an operation that exceeds a limit before any field is resolved, so a rejected query does no
 * database work; the error names every limit hit. Introspection has its own depth limit: GraphiQL's
 * introspection query is deeper than a data query needs to be, but an endless circular one is not let through.
 */
final class QueryLimitsInstrumentation extends SimplePerformantInstrumentation {

    private final QueryLimits limits;

    QueryLimitsInstrumentation(QueryLimits limits) {
        this.limits = limits;
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
        return SimpleInstrumentationContext.noOp();
    }

    private static void check(List<String> exceeded, String what, long actual, long limit) {
        if (actual > limit) {
            exceeded.add("%s %d exceeds the limit of %d".formatted(what, actual, limit));
        }
    }
}
