package dev.parley.common.limits;

import java.util.Map;

import graphql.execution.AbortExecutionException;

/** No room to run the operation in time; clients get code SERVER_BUSY and may retry it. */
final class ServerBusy extends AbortExecutionException {

    ServerBusy(long records, long waitedMillis) {
        super(("The server is busy: an operation of up to %d records waited %d ms for room to run; retry it later,"
                + " or ask for smaller pages").formatted(records, waitedMillis));
    }

    @Override
    public Map<String, Object> getExtensions() {
        return Map.of("code", "SERVER_BUSY");
    }
}
