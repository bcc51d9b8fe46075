package dev.parley.common.websocket;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

import io.quarkus.logging.Log;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.graphql.execution.ExecutionService;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ServerWebSocket;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * One client's connection, speaking graphql-transport-ws (github.com/enisdenjo/graphql-ws, PROTOCOL.md): queries,
 * mutations and subscriptions, each run on a worker thread (resolvers use blocking JDBC and JTA) with the identity the
 * upgrade request authenticated. Messages arrive on the connection's event loop; everything an operation holds
 * (its request context, its subscription to live events) is released when it completes, when the client completes
 * it, and when the connection closes or fails for any reason.
 */
final class GraphQLWebSocket {

    static final String SUBPROTOCOL = "graphql-transport-ws";

    private static final String INVALID_MESSAGE = "Invalid message received";
    /** RFC 6455: a close reason fits in 123 bytes of UTF-8. */
    private static final int MAX_REASON_BYTES = 123;

    private final ServerWebSocket socket;
    private final SecurityIdentity identity;
    private final Map<String, Object> requestHeaders;
    private final Runnable requestDone;
    private final WebSocketConnections connections;
    private final ExecutionService executionService;
    private final Executor workers;
    private final WebSocketConfig config;
    private final Vertx vertx;

    private final Map<String, WebSocketOperation> operations = new ConcurrentHashMap<>();
    private final AtomicBoolean released = new AtomicBoolean();
    /** Touched on the event loop only. */
    private boolean initialised;
    private long initTimer = -1;
    private long pingTimer = -1;
    private long expiryTimer = -1;

    GraphQLWebSocket(ServerWebSocket socket, SecurityIdentity identity, Map<String, Object> requestHeaders,
            Runnable requestDone, WebSocketConnections connections, ExecutionService executionService, Executor workers,
            WebSocketConfig config, Vertx vertx) {
        this.socket = socket;
        this.identity = identity;
        this.requestHeaders = requestHeaders;
        this.requestDone = requestDone;
        this.connections = connections;
        this.executionService = executionService;
        this.workers = workers;
        this.config = config;
        this.vertx = vertx;
    }

    /** Called on the connection's event loop, right after the upgrade. */
    void start() {
        socket.textMessageHandler(this::onText);
        socket.binaryMessageHandler(binary -> close(4400, INVALID_MESSAGE));
        socket.exceptionHandler(this::onFailure);
        socket.closeHandler(closed -> {
            release();
            requestDone.run(); // only now: the connection is gone, and graceful shutdown may stop waiting for it
        });
        initTimer = vertx.setTimer(config.connectionInitTimeout().toMillis(), timer -> {
            if (!initialised) {
                close(4408, "Connection initialisation timeout");
            }
        });
        pingTimer = vertx.setPeriodic(config.pingInterval().toMillis(), timer -> {
            if (!socket.isClosed()) {
                socket.writePing(Buffer.buffer());
            }
        });
        Long expiresAt = expiry(identity);
        if (expiresAt != null) {
            // a bearer token's exp: the connection may not outlive the credentials it was opened with
            expiryTimer = vertx.setTimer(Math.max(1, expiresAt * 1000 - System.currentTimeMillis()),
                    timer -> close(4403, "Forbidden: credentials expired"));
        }
    }

    /** When the credentials expire, in epoch seconds: a bearer token's exp, or what the identity provider says. */
    private static Long expiry(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getExpirationTime() > 0) {
            return token.getExpirationTime();
        }
        return identity.getAttribute("quarkus.identity.expire-time");
    }

    int openOperations() {
        return operations.size();
    }

    /** Closes the socket (idempotent) and releases what it holds at once, without waiting for the client's answer. */
    void close(int code, String reason) {
        if (!socket.isClosed()) {
            socket.close((short) code, truncate(reason));
        }
        release();
    }

    private void onText(String text) {
        try {
            JsonObject message = parse(text);
            if (message == null) {
                close(4400, INVALID_MESSAGE);
                return;
            }
            handle(message);
        } catch (RuntimeException e) {
            String reference = UUID.randomUUID().toString();
            Log.errorf(e, "WebSocket message failed (reference %s)", reference);
            close(4500, "Internal server error, reference " + reference);
        }
    }

    private void handle(JsonObject message) {
        String type = string(message, "type");
        JsonValue payload = message.get("payload");
        boolean payloadIsObjectOrAbsent = payload == null || payload.getValueType() == JsonValue.ValueType.NULL
                || payload.getValueType() == JsonValue.ValueType.OBJECT;
        if (type == null) {
            close(4400, INVALID_MESSAGE);
            return;
        }
        switch (type) {
            case "connection_init" -> {
                if (!payloadIsObjectOrAbsent) {
                    close(4400, INVALID_MESSAGE);
                } else if (initialised) {
                    close(4429, "Too many initialisation requests");
                } else {
                    initialised = true;
                    vertx.cancelTimer(initTimer);
                    send(Json.createObjectBuilder().add("type", "connection_ack"));
                }
            }
            case "ping" -> {
                if (!payloadIsObjectOrAbsent) {
                    close(4400, INVALID_MESSAGE);
                    return;
                }
                JsonObjectBuilder pong = Json.createObjectBuilder().add("type", "pong");
                if (payload != null && payload.getValueType() == JsonValue.ValueType.OBJECT) {
                    pong.add("payload", payload);
                }
                send(pong);
            }
            case "pong" -> {
                if (!payloadIsObjectOrAbsent) {
                    close(4400, INVALID_MESSAGE);
                }
            }
            case "subscribe" -> subscribe(string(message, "id"), payload);
            case "complete" -> {
                String id = string(message, "id");
                if (id == null || id.isEmpty()) {
                    close(4400, INVALID_MESSAGE);
                    return;
                }
                WebSocketOperation operation = operations.get(id);
                if (operation != null) {
                    operation.cancel();
                }
            }
            default -> close(4400, INVALID_MESSAGE);
        }
    }

    private void subscribe(String id, JsonValue payload) {
        if (!initialised) {
            close(4401, "Unauthorized");
            return;
        }
        if (id == null || id.isEmpty() || !isOperationRequest(payload)) {
            close(4400, INVALID_MESSAGE);
            return;
        }
        if (operations.containsKey(id)) {
            close(4409, "Subscriber for " + id + " already exists");
            return;
        }
        if (operations.size() >= config.maxOperations()) {
            sendError(id, "TOO_MANY_OPERATIONS", "At most " + config.maxOperations()
                    + " operations may be open on one connection; complete one before starting another");
            return;
        }
        WebSocketOperation operation = new WebSocketOperation(id, this);
        operations.put(id, operation);
        try {
            workers.execute(() -> operation.run(payload.asJsonObject()));
        } catch (RuntimeException rejected) {
            // the worker pool is shutting down
            operation.fail("The service is shutting down", "SERVICE_UNAVAILABLE");
        }
    }

    /** The payload of subscribe, as the protocol defines it; anything else is a malformed message (4400). */
    private static boolean isOperationRequest(JsonValue payload) {
        if (payload == null || payload.getValueType() != JsonValue.ValueType.OBJECT) {
            return false;
        }
        JsonObject request = payload.asJsonObject();
        return request.get("query") != null && request.get("query").getValueType() == JsonValue.ValueType.STRING
                && isAbsentOr(request.get("operationName"), JsonValue.ValueType.STRING)
                && isAbsentOr(request.get("variables"), JsonValue.ValueType.OBJECT)
                && isAbsentOr(request.get("extensions"), JsonValue.ValueType.OBJECT);
    }

    private static boolean isAbsentOr(JsonValue value, JsonValue.ValueType type) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL || value.getValueType() == type;
    }

    private void onFailure(Throwable failure) {
        // a reset connection or a corrupt frame: the client's side of the story, not the service's
        Log.debugf("WebSocket from %s failed: %s", socket.remoteAddress(), failure.toString());
        close(1011, "Unexpected condition");
    }

    /** Cancels every operation of this connection and forgets it; runs once, whatever ended the connection. */
    private void release() {
        if (!released.compareAndSet(false, true)) {
            return;
        }
        vertx.cancelTimer(initTimer);
        vertx.cancelTimer(pingTimer);
        vertx.cancelTimer(expiryTimer);
        operations.values().forEach(WebSocketOperation::cancel);
        connections.remove(this);
    }

    SecurityIdentity identity() {
        return identity;
    }

    Map<String, Object> requestHeaders() {
        return requestHeaders;
    }

    ExecutionService executionService() {
        return executionService;
    }

    boolean isClosed() {
        return socket.isClosed();
    }

    /** An operation has ended: it no longer counts against the connection's limit. */
    void forget(String id, WebSocketOperation operation) {
        operations.remove(id, operation);
    }

    Future<Void> write(JsonObjectBuilder message) {
        return socket.writeTextMessage(message.build().toString());
    }

    void send(JsonObjectBuilder message) {
        if (!socket.isClosed()) {
            socket.writeTextMessage(message.build().toString());
        }
    }

    void sendError(String id, String code, String text) {
        send(Json.createObjectBuilder().add("id", id).add("type", "error").add("payload", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("message", text)
                        .add("extensions", Json.createObjectBuilder().add("code", code)))));
    }

    private static JsonObject parse(String text) {
        try {
            JsonValue value = Json.createReader(new StringReader(text)).readValue();
            return value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject() : null;
        } catch (JsonException e) {
            return null;
        }
    }

    private static String string(JsonObject message, String name) {
        JsonValue value = message.get(name);
        return value != null && value.getValueType() == JsonValue.ValueType.STRING ? message.getString(name) : null;
    }

    private static String truncate(String reason) {
        byte[] bytes = reason.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_REASON_BYTES) {
            return reason;
        }
        String cut = new String(bytes, 0, MAX_REASON_BYTES, StandardCharsets.UTF_8);
        return cut.substring(0, cut.length() - 1); // drop a character the cut may have split
    }
}
