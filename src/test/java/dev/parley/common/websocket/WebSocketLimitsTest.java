package dev.parley.common.websocket;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import dev.parley.support.SubscriptionClient;
import dev.parley.support.SubscriptionClient.Closed;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What one connection may hold, and how long it may stay without saying connection_init. */
@QuarkusTest
@TestProfile(WebSocketLimitsTest.SmallLimits.class)
@Tag("edge")
class WebSocketLimitsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String SUBSCRIPTION = "subscription { talksUpdated(talksId: \"1\") { title } }";

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("parley.websocket.max-operations", "3",
                    "parley.websocket.connection-init-timeout", "1s");
        }
    }

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void operationOverTheLimitGetsAnErrorAndTheConnectionStaysUsable() throws Exception {
        try (SubscriptionClient client = SubscriptionClient.connect(graphql, Map.of())) {
            client.init();
            for (int i = 1; i <= 3; i++) {
                client.start("s" + i, SUBSCRIPTION, Map.of());
            }
            client.start("s4", SUBSCRIPTION, Map.of());

            JsonObject refused = client.message(WAIT);
            assertThat(refused.getString("type"), equalTo("error"));
            assertThat(refused.getString("id"), equalTo("s4"));
            assertThat(refused.getJsonArray("payload").getJsonObject(0).getJsonObject("extensions").getString("code"),
                    equalTo("TOO_MANY_OPERATIONS"));

            client.sendText("{\"id\":\"s1\",\"type\":\"complete\"}");
            client.start("q", "{ __typename }", Map.of());
            assertThat(client.next(WAIT).getString("__typename"), equalTo("Query"));
            assertThat(client.closed(Duration.ZERO), nullValue());
        }
    }

    @Test
    void connectionWithoutInitIsClosedWith4408() throws Exception {
        try (SubscriptionClient client = SubscriptionClient.connect(graphql, Map.of())) {
            assertThat(client.closed(WAIT), equalTo(new Closed(4408, "Connection initialisation timeout")));
        }
    }

    @Test
    void initialisedConnectionOutlivesTheInitTimeout() throws Exception {
        try (SubscriptionClient client = SubscriptionClient.connect(graphql, Map.of())) {
            client.init();
            assertThat(client.closed(Duration.ofSeconds(2)), nullValue());
        }
    }
}
