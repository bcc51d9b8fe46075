package dev.parley.common.limits;

import java.util.List;
import java.util.Map;

import graphql.execution.AbortExecutionException;

/** An operation over a limit; clients get code QUERY_LIMIT_EXCEEDED and the limits hit. */
final class QueryLimitExceeded extends AbortExecutionException {

    private final List<String> exceeded;

    QueryLimitExceeded(List<String> exceeded) {
        super("Query rejected before execution: " + String.join("; ", exceeded));
        this.exceeded = exceeded;
    }

    @Override
    public Map<String, Object> getExtensions() {
        return Map.of("code", "QUERY_LIMIT_EXCEEDED", "limits", exceeded);
    }
}
