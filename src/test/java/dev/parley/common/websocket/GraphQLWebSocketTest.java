package dev.parley.common.websocket;

import static dev.parley.support.GraphQL.post;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.IntSupplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import dev.parley.common.events.LiveEvents;
import dev.parley.support.SubscriptionClient;
import dev.parley.support.SubscriptionClient.Closed;
import dev.parley.support.Users;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * GraphQL over WebSocket as a frontend meets it: every operation type, the upgrade's credentials as the connection's
 * identity, the protocol's close codes for malformed messages (and no ERROR in the log for them), the origin check,
 * and connections that clients drop without a word released with everything they held.
 */
@QuarkusTest
class GraphQLWebSocketTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private static final String REPORT = """
            mutation($input: ReportIncidentInput!) { reportIncident(input: $input) { id target history { changedBy } } }
            """;

    @TestHTTPResource("/graphql")
    URI graphql;

    @Inject
    WebSocketConnections connections;

    @Inject
    LiveEvents liveEvents;

    @Test
    void queryIsAnsweredOnceThenCompleted() throws Exception {
        try (SubscriptionClient client = SubscriptionClient.connect(graphql, Map.of())) {
            client.init();
            client.start("q", "{ talks(first: 1) { nodes { title } } }", Map.of());

            JsonObject result = client.message(WAIT);
            assertThat(result.getString("type"), equalTo("next"));
            assertThat(result.getString("id"), equalTo("q"));
            assertThat(result.getJsonObject("payload").containsKey("errors"), equalTo(false));
            assertThat(result.getJsonObject("payload").getJsonObject("data").getJsonObject("talks")
                    .getJsonArray("nodes").size(), equalTo(1));
            assertThat(client.message(WAIT).getString("type"), equalTo("complete"));
        }
    }

    @Test
    void editorMutatesWithTheCredentialsOfTheUpgrade() throws Exception {
        try (SubscriptionClient client = SubscriptionClient.connect(graphql, SubscriptionClient.basic(Users.EDITOR))) {
            client.init();
            client.start("m", REPORT, Map.of("input", incident("written over a socket")));

            JsonObject incident = client.next(WAIT).getJsonObject("reportIncident");
            assertThat(incident.getString("target"), equalTo("written over a socket"));
            assertThat(incident.getJsonArray("history").getJsonObject(0).getString("changedBy"), equalTo(Users.EDITOR));
            assertThat(written("written over a socket"), equalTo(1));
        }
    }

    @Test
    void bearerTokenOfTheUpgradeIsTheConnectionsIdentityUntilItExpires() throws Exception {
        String token = Jwt.issuer("https://idp.parley.test").upn("ada@newsroom.test").groups("editor")
                .expiresIn(3).sign();
        try (SubscriptionClient client = SubscriptionClient.connect(graphql, Map.of("Authorization", "Bearer " + token))) {
            client.init();
            client.start("m", REPORT, Map.of("input", incident("written with a token over a socket")));

            JsonObject incident = client.next(WAIT).getJsonObject("reportIncident");
            assertThat(incident.getJsonArray("history").getJsonObject(0).getString("changedBy"),
                    equalTo("ada@newsroom.test"));
            assertThat(client.message(WAIT).getString("type"), equalTo("complete"));
            assertThat(client.closed(WAIT), equalTo(new Closed(4403, "Forbidden: credentials expired")));
        }
    }

    @Test
    void wrongPasswordIsRefusedAtTheUpgrade() {
        Map<String, String> headers = Map.of("Authorization", "Basic "
                + java.util.Base64.getEncoder().encodeToString("editor:wrong".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        ExecutionException refused = assertThrows(ExecutionException.class, () -> SubscriptionClient.connect(graphql, headers));
        assertThat(((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode(), equalTo(401));
    }

    @Test
    void anonymousMutationIsRefusedAndWritesNothing() throws Exception {
        try (SubscriptionClient client = SubscriptionClient.connect(graphql, Map.of())) {
            client.init();
            client.start("m", REPORT, Map.of("input", incident("anonymous over a socket")));

            JsonObject result = client.message(WAIT);
            assertThat(result.getString("type"), equalTo("next"));
            assertThat(result.getJsonObject("payload").getJsonArray("errors").getJsonObject(0)
                    .getJsonObject("extensions").getString("code"), equalTo("UNAUTHORIZED"));
            assertThat(written("anonymous over a socket"), equalTo(0));
        }
    }

    @Test
    void invalidDocumentGetsAnErrorMessageForItsId() throws Exception {
        try (SubscriptionClient client = SubscriptionClient.connect(graphql, Map.of())) {
            client.init();
            client.start("bad", "{ noSuchField }", Map.of());

            JsonObject error = client.message(WAIT);
            assertThat(error.getString("type"), equalTo("error"));
            assertThat(error.getString("id"), equalTo("bad"));
            assertThat(error.getJsonArray("payload").getJsonObject(0).getString("message"), containsString("noSuchField"));
            assertThat(error.getJsonArray("payload").getJsonObject(0).getJsonObject("extensions").getString("code"),
                    equalTo("GRAPHQL_VALIDATION_FAILED"));

            client.start("unparsable", "{ talks { totalCount }", Map.of());
            JsonObject unparsable = client.message(WAIT);
            assertThat(unparsable.getString("type"), equalTo("error"));
            assertThat(unparsable.getJsonArray("payload").getJsonObject(0).getJsonObject("extensions").getString("code"),
                    equalTo("GRAPHQL_PARSE_FAILED"));
            // A value of the wrong kind is refused before the subscription starts, as over HTTP.
            client.start("wrongKind", "subscription($f: IncidentReportedFilterInput) { incidentReported(filter: $f) { id } }",
                    Map.of("f", Map.of("country", 5)));
            JsonObject wrongKind = client.message(WAIT);
            assertThat(wrongKind.getString("type"), equalTo("error"));
            assertThat(wrongKind.getJsonArray("payload").getJsonObject(0).getJsonObject("extensions").getString("code"),
                    equalTo("BAD_USER_INPUT"));
            assertThat(wrongKind.getJsonArray("payload").getJsonObject(0).getJsonObject("extensions").getString("field"),
                    equalTo("f.country"));
            client.start("good", "{ talks(first: 1) { totalCount } }", Map.of());
            assertThat(client.next(WAIT), notNullValue());
        }
    }

    @Test
    void pingIsAnsweredWithPong() throws Exception {
        try (SubscriptionClient client = SubscriptionClient.connect(graphql, Map.of())) {
            client.init();
            client.sendText("{\"type\":\"ping\",\"payload\":{\"at\":1}}");

            JsonObject pong = client.message(WAIT);
            assertThat(pong.getString("type"), equalTo("pong"));
            assertThat(pong.getJsonObject("payload").getInt("at"), equalTo(1));
        }
    }

    @Test
    void malformedMessagesCloseWith4400AndLogNoError() throws Exception {
        List<String> malformed = List.of(
                "not json",
                "[1, 2]",
                "{}",
                "{\"type\":\"no_such_type\"}",
                "{\"type\":42}",
                "{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":null}",
                "{\"id\":\"1\",\"type\":\"subscribe\"}",
                "{\"type\":\"subscribe\",\"payload\":{\"query\":\"{ talks { totalCount } }\"}}",
                "{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":42}}",
                "{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":\"{ __typename }\",\"variables\":[1]}}",
                "{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":\"{ __typename }\",\"operationName\":{}}}",
                "{\"type\":\"complete\"}",
                "{\"type\":\"next\",\"id\":\"1\",\"payload\":{}}",
                "{\"type\":\"connection_init\",\"payload\":\"token\"}");
        try (ErrorLog log = new ErrorLog()) {
            for (String message : malformed) {
                try (SubscriptionClient client = SubscriptionClient.connect(graphql, Map.of())) {
                    if (!message.contains("connection_init")) {
                        client.init();
                    }
                    client.sendText(message);
                    Closed closed = client.closed(WAIT);
                    assertThat(message, closed, equalTo(new Closed(4400, "Invalid message received")));
                }
            }
            assertThat(log.errors(), empty());
        }
    }

    @Test
    void protocolViolationsCloseWithTheirCodes() throws Exception {
        try (SubscriptionClient client = SubscriptionClient.connect(graphql, Map.of())) {
            client.start("early", "{ __typename }", Map.of());
            assertThat(client.closed(WAIT), equalTo(new Closed(4401, "Unauthorized")));
        }
        try (SubscriptionClient client = SubscriptionClient.connect(graphql, Map.of())) {
            client.init();
            client.sendText("{\"type\":\"connection_init\"}");
            assertThat(client.closed(WAIT), equalTo(new Closed(4429, "Too many initialisation requests")));
        }
        try (SubscriptionClient client = SubscriptionClient.connect(graphql, Map.of())) {
            client.init();
            client.start("twice", "subscription { talksUpdated(talksId: \"1\") { title } }", Map.of());
            client.start("twice", "subscription { talksUpdated(talksId: \"1\") { title } }", Map.of());
            assertThat(client.closed(WAIT), equalTo(new Closed(4409, "Subscriber for twice already exists")));
        }
    }

    @Test
    void pageOfAnotherSiteCannotOpenASocketEvenWithAnEditorsCredentials() {
        Map<String, String> headers = new java.util.HashMap<>(SubscriptionClient.basic(Users.EDITOR));
        headers.put("Origin", "https://evil.example");

        ExecutionException refused = assertThrows(ExecutionException.class, () -> SubscriptionClient.connect(graphql, headers));
        assertThat(refused.getCause() instanceof WebSocketHandshakeException, equalTo(true));
        assertThat(((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode(), equalTo(403));
    }

    @Test
    void pageOfTheServiceItselfMayOpenASocket() throws Exception {
        String origin = "http://" + graphql.getHost() + ":" + graphql.getPort();
        try (SubscriptionClient client = SubscriptionClient.connect(graphql, Map.of("Origin", origin))) {
            client.init();
            client.start("q", "{ __typename }", Map.of());
            assertThat(client.next(WAIT).getString("__typename"), equalTo("Query"));
        }
    }

    @Test
    void droppedConnectionsAreReleasedWithTheirSubscriptions() throws Exception {
        awaitCount("connections", connections::connections, 0);
        int streamsBefore = liveEvents.subscribers();
        int raw = 200;
        int clients = 50;
        List<RawWebSocket> sockets = new ArrayList<>();
        List<SubscriptionClient> aborted = new ArrayList<>();
        for (int i = 0; i < raw; i++) {
            sockets.add(RawWebSocket.open(graphql, "{\"type\":\"connection_init\"}",
                    subscribe("a", "subscription { talksUpdated(talksId: \"1\") { title } }"),
                    subscribe("b", "subscription { incidentReported(filter: { region: \"Odesa\" }) { id } }")));
        }
        for (int i = 0; i < clients; i++) {
            SubscriptionClient client = SubscriptionClient.connect(graphql, Map.of());
            client.init();
            client.start("a", "subscription { talksUpdated(talksId: \"1\") { title } }", Map.of());
            client.start("b", "subscription { incidentReported(filter: { region: \"Odesa\" }) { id } }", Map.of());
            aborted.add(client);
        }
        int open = raw + clients;
        awaitCount("connections", connections::connections, open);
        awaitCount("operations", connections::operations, 2 * open);
        awaitCount("live event streams", liveEvents::subscribers, streamsBefore + 2 * open);

        for (int i = 0; i < sockets.size(); i++) {
            sockets.get(i).drop(i % 2 == 0); // half reset, half closed, never a close frame
        }
        aborted.forEach(SubscriptionClient::abort);

        awaitCount("connections", connections::connections, 0);
        awaitCount("operations", connections::operations, 0);
        awaitCount("live event streams", liveEvents::subscribers, streamsBefore);
    }

    private static String subscribe(String id, String document) {
        return jakarta.json.Json.createObjectBuilder().add("id", id).add("type", "subscribe")
                .add("payload", jakarta.json.Json.createObjectBuilder().add("query", document)).build().toString();
    }

    /** Polls the server's own count (released connections go asynchronously) for up to 20 seconds. */
    private static void awaitCount(String what, IntSupplier count, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (count.getAsInt() != expected && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(what, count.getAsInt(), equalTo(expected));
    }

    private static Map<String, Object> incident(String target) {
        return Map.of("occurredOn", "2054-01-01", "datePrecision", "DAY", "verification", "REPORTED",
                "place", Map.of("admin1", "Socket region", "country", "Ukraine"),
                "target", target, "eventType", "BATTLES");
    }

    private static int written(String target) {
        return post("query($f: IncidentFilter) { incidents(filter: $f) { totalCount } }",
                Map.of("f", Map.of("text", target)))
                .extract().path("data.incidents.totalCount");
    }

    /** Records at ERROR (SEVERE) or above that reach the root logger while it is open. */
    static final class ErrorLog extends Handler implements AutoCloseable {

        private final List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());

        ErrorLog() {
            Logger.getLogger("").addHandler(this);
        }

        List<String> errors() {
            return errors;
        }

        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(record.getLoggerName() + ": " + record.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            Logger.getLogger("").removeHandler(this);
        }
    }
}
