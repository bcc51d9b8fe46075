package dev.parley.support;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * A frontend's GraphQL connection: the graphql-transport-ws protocol (as GraphiQL and Apollo speak it) over a
 * real WebSocket to /graphql. {@link #subscribe} is connection_init then one subscribe, {@link #next} returns each
 * result; {@link #connect} leaves every step to the test, for queries, mutations and protocol errors.
 */
public final class SubscriptionClient implements AutoCloseable {

    private static final String ID = "1";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
    private final CompletableFuture<Closed> closed = new CompletableFuture<>();
    private final WebSocket socket;

    /** How the server closed the connection. */
    public record Closed(int code, String reason) {
    }

    private SubscriptionClient(URI graphql, Map<String, String> headers) throws Exception {
        URI ws = URI.create(graphql.toString().replaceFirst("^http", "ws"));
        WebSocket.Builder builder = HTTP.newWebSocketBuilder().subprotocols("graphql-transport-ws");
        headers.forEach(builder::header);
        socket = builder.buildAsync(ws, new Collector()).get(10, TimeUnit.SECONDS);
    }

    /** Connects, and subscribes once the server has acknowledged the connection. */
    public static SubscriptionClient subscribe(URI graphql, String subscription) throws Exception {
        SubscriptionClient client = new SubscriptionClient(graphql, Map.of());
        client.init();
        client.start(ID, subscription, Map.of());
        return client;
    }

    /** Opens the socket and nothing else; headers go with the upgrade request (Origin, Authorization). */
    public static SubscriptionClient connect(URI graphql, Map<String, String> headers) throws Exception {
        return new SubscriptionClient(graphql, headers);
    }

    /** HTTP Basic credentials of a test user (test-editors.properties), for the upgrade request. */
    public static Map<String, String> basic(String user) {
        String credentials = user + ":" + user + "-secret";
        return Map.of("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    /** connection_init, and waits for connection_ack. */
    public void init() throws InterruptedException {
        send(Json.createObjectBuilder().add("type", "connection_init"));
        JsonObject ack = message(Duration.ofSeconds(10));
        if (ack == null || !"connection_ack".equals(ack.getString("type"))) {
            throw new IllegalStateException("No connection_ack, got " + ack);
        }
    }

    /** Starts an operation of any type under the given id. */
    public void start(String id, String document, Map<String, Object> variables) {
        send(Json.createObjectBuilder().add("id", id).add("type", "subscribe")
                .add("payload", Json.createObjectBuilder().add("query", document)
                        .add("variables", Json.createObjectBuilder(variables))));
    }

    /** Sends a text frame as it is, well-formed or not. */
    public void sendText(String text) {
        socket.sendText(text, true).join();
    }

    /** The next message from the server (pings answered on the way), or null when none comes within the timeout. */
    public JsonObject message(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonObject message = messages.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (message == null || !"ping".equals(message.getString("type"))) {
                return message;
            }
            send(Json.createObjectBuilder().add("type", "pong")); // keep-alive from the server
        }
    }

    /** The data of the next result, or null when none comes within the timeout. */
    public JsonObject next(Duration timeout) throws InterruptedException {
        JsonObject message = message(timeout);
        if (message == null) {
            return null;
        }
        if (!"next".equals(message.getString("type")) || message.getJsonObject("payload").containsKey("errors")) {
            throw new IllegalStateException("Expected a result, got " + message);
        }
        return message.getJsonObject("payload").getJsonObject("data");
    }

    /** How the server closed the connection, or null if it is still open after the timeout. */
    public Closed closed(Duration timeout) throws InterruptedException {
        try {
            return closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException stillOpen) {
            return null;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Drops the TCP connection without a close frame, as a crashed browser tab or a lost network does. */
    public void abort() {
        socket.abort();
    }

    /**
     * The server sets up a subscription some time after subscribe, and the protocol does not say when. Repeats
     * a harmless write until its event arrives: from then on, every committed change reaches this client.
     */
    public void awaitActive(Runnable probe) throws InterruptedException {
        for (int attempt = 0; attempt < 20; attempt++) {
            probe.run();
            if (next(Duration.ofMillis(500)) != null) {
                return;
            }
        }
        throw new IllegalStateException("The subscription never delivered a probe");
    }

    private void send(JsonObjectBuilder message) {
        sendText(message.build().toString());
    }

    @Override
    public void close() {
        if (closed.isDone() || socket.isOutputClosed()) {
            return;
        }
        socket.sendText(Json.createObjectBuilder().add("id", ID).add("type", "complete").build().toString(), true)
                .thenCompose(ws -> ws.sendClose(WebSocket.NORMAL_CLOSURE, "done"))
                .join();
    }

    /** Reassembles text frames into messages. */
    private final class Collector implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(Json.createReader(new StringReader(partial.toString())).readObject());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(new Closed(statusCode, reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(new Closed(-1, error.toString()));
        }
    }
}
