package dev.parley.support;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * A frontend's subscription: the graphql-transport-ws protocol (as GraphiQL and Apollo speak it) over a
 * real WebSocket to /graphql. connection_init, then one subscribe; {@link #next} returns each result.
 */
public final class SubscriptionClient implements AutoCloseable {

    private static final String ID = "1";

    private final BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
    private final WebSocket socket;

    private SubscriptionClient(URI graphql) throws Exception {
        URI ws = URI.create(graphql.toString().replaceFirst("^http", "ws"));
        socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .subprotocols("graphql-transport-ws")
                .buildAsync(ws, new Collector())
                .get(10, TimeUnit.SECONDS);
    }

    /** Connects, and subscribes once the server has acknowledged the connection. */
    public static SubscriptionClient subscribe(URI graphql, String subscription) throws Exception {
        SubscriptionClient client = new SubscriptionClient(graphql);
        client.send(Json.createObjectBuilder().add("type", "connection_init"));
        JsonObject ack = client.messages.poll(10, TimeUnit.SECONDS);
        if (ack == null || !"connection_ack".equals(ack.getString("type"))) {
            throw new IllegalStateException("No connection_ack, got " + ack);
        }
        client.send(Json.createObjectBuilder().add("id", ID).add("type", "subscribe")
                .add("payload", Json.createObjectBuilder().add("query", subscription)));
        return client;
    }

    /** The data of the next result, or null when none comes within the timeout. */
    public JsonObject next(Duration timeout) throws InterruptedException {
        JsonObject message = nextMessage(timeout);
        if (message == null) {
            return null;
        }
        if (!"next".equals(message.getString("type")) || message.getJsonObject("payload").containsKey("errors")) {
            throw new IllegalStateException("Expected a result, got " + message);
        }
        return message.getJsonObject("payload").getJsonObject("data");
    }

    /** The next protocol message as sent ({@code next}, {@code error}, {@code complete}), or null within the timeout. */
    public JsonObject nextMessage(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonObject message;
        do {
            message = messages.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (message != null && "ping".equals(message.getString("type"))) {
                // keep-alive from the server: answer it and wait on
                send(Json.createObjectBuilder().add("type", "pong"));
                message = null;
                continue;
            }
            break;
        } while (System.nanoTime() < deadline);
        return message;
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
        socket.sendText(message.build().toString(), true).join();
    }

    @Override
    public void close() {
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
    }
}
