package dev.parley.common.websocket;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.logging.Log;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;

/**
 * GraphQL over WebSocket on /graphql (graphql-transport-ws), in place of quarkus-smallrye-graphql's own handler, which
 * ran operations on the event loop (so no query or mutation could use JDBC) and kept every connection and subscription
 * after the client was gone. This route is ordered before SmallRye's (-99) and after authentication, so the upgrade
 * request's credentials (Basic or Bearer) are the connection's identity; the engine, its instrumentations and limits
 * are SmallRye's, through its public ExecutionService.
 */
@ApplicationScoped
public class GraphQLWebSocketRoute {

    @Inject
    WebSocketConfig config;

    @Inject
    WebSocketConnections connections;

    @Inject
    Instance<ExecutionService> executionService;

    @Inject
    Vertx vertx;

    private OriginPolicy origins;

    void install(@Observes Router router) {
        UpgradeRequests.check();
        origins = new OriginPolicy(config.allowedOrigins().orElse(List.of()));
        router.get("/graphql").order(-100).handler(this::upgrade);
    }

    void upgrade(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (!request.headers().contains(HttpHeaders.UPGRADE, HttpHeaders.WEBSOCKET, true)) {
            context.next();
            return;
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (!origins.allows(origin, request.getHeader(HttpHeaders.HOST))) {
            refuse(context, 403, "FORBIDDEN", "WebSocket connections from pages of " + origin + " are not allowed");
            return;
        }
        if (!connections.accepting()) {
            refuse(context, 503, "SERVICE_UNAVAILABLE", "The service is shutting down; connect again");
            return;
        }
        QuarkusHttpUser.getSecurityIdentity(context, null).subscribe().with(
                identity -> accept(context, identity),
                context::fail);
    }

    private void accept(RoutingContext context, SecurityIdentity identity) {
        Map<String, Object> headers = headers(context.request());
        Runnable requestDone = UpgradeRequests.doneAction(context.request());
        context.request().toWebSocket().onComplete(upgraded -> {
            if (upgraded.failed()) {
                Log.debugf("WebSocket upgrade failed: %s", upgraded.cause().toString());
                return;
            }
            ServerWebSocket socket = upgraded.result();
            if (!GraphQLWebSocket.SUBPROTOCOL.equals(socket.subProtocol())) {
                socket.closeHandler(closed -> requestDone.run());
                socket.close((short) 4406, "Subprotocol not acceptable");
                return;
            }
            GraphQLWebSocket connection = new GraphQLWebSocket(socket, identity, headers, requestDone, connections,
                    executionService.get(), Infrastructure.getDefaultWorkerPool(), config, vertx);
            connections.add(connection);
            connection.start();
            if (!connections.accepting()) {
                connection.close(1001, "Server shutting down"); // shutdown began during the upgrade
            }
        });
    }

    /** The upgrade request's headers, as SmallRye hands HTTP headers to the engine; credentials stay out. */
    private static Map<String, Object> headers(HttpServerRequest request) {
        Map<String, Object> headers = new HashMap<>();
        for (String name : request.headers().names()) {
            if (!HttpHeaders.AUTHORIZATION.toString().equalsIgnoreCase(name)
                    && !HttpHeaders.COOKIE.toString().equalsIgnoreCase(name)) {
                headers.put(name, request.headers().getAll(name));
            }
        }
        return headers;
    }

    private static void refuse(RoutingContext context, int status, String code, String message) {
        String body = Json.createObjectBuilder().add("errors", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("message", message).add("extensions", Json.createObjectBuilder().add("code", code))))
                .build().toString();
        context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(body);
    }
}
