package dev.parley.common.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import graphql.ExecutionResult;
import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.spi.EventingService;
import io.vertx.ext.web.RoutingContext;

/**
 * For a request carrying {@link #HEADER}, keeps SmallRye's own serialisation of the answer (as its handler wrote it
 * before Parley streamed answers), for AnswerJsonTest to compare the bytes sent with. Test sources only.
 */
public class SmallRyeRendering implements EventingService {

    static final String HEADER = "X-Test-Rendering";

    static final Map<String, String> RENDERED = new ConcurrentHashMap<>();

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public void afterExecute(Context context) {
        ExecutionResult result = context.unwrap(ExecutionResult.class);
        if (result == null || !Arc.container().requestContext().isActive()) {
            return;
        }
        RoutingContext request = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        String id = request == null ? null : request.request().getHeader(HEADER);
        if (id != null) {
            RENDERED.put(id, new ExecutionResponse(result).getExecutionResultAsString());
        }
    }
}
