package dev.parley.common.http;

import graphql.ExecutionResult;
import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.spi.EventingService;
import io.vertx.ext.web.RoutingContext;

/**
 * Marks the HTTP request whose answer has no {@code data}: a request error (the document did not validate, the
 * variables did not coerce, a limit refused it), which GraphQL over HTTP answers 400 under
 * application/graphql-response+json. SmallRye writes every answer with 200; the guard changes the status just before
 * the headers go out. Registered through ServiceLoader, as the engine setup is. Request errors are found before
 * anything runs, on the thread that took the request, where its request context is active.
 */
public class RequestErrorStatus implements EventingService {

    private static final String KEY = RequestErrorStatus.class.getName();

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public void afterExecute(Context context) {
        ExecutionResult result = context.unwrap(ExecutionResult.class);
        if (result == null || result.isDataPresent() || !Arc.container().requestContext().isActive()) {
            return;
        }
        RoutingContext request = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        if (request != null) {
            request.put(KEY, Boolean.TRUE);
        }
    }

    static boolean marked(RoutingContext request) {
        return Boolean.TRUE.equals(request.get(KEY));
    }
}
