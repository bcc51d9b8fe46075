package dev.parley.durability;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import dev.parley.support.SubscriptionClient;
import dev.parley.support.SubscriptionClient.Closed;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM on the packaged service with GraphQL WebSockets open, and others opened and closed before: the clients
 * are told 1001 (going away) and the service exits well within its 30 s shutdown timeout, instead of waiting for
 * sockets that never end on their own.
 */
@Tag("edge")
class WebSocketShutdownIT {

    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);

    @Test
    void sigtermClosesWebSocketsWithGoingAwayAndExitsWithoutWaitingForTheTimeout() throws Exception {
        Path work = Files.createTempDirectory("parley-ws-shutdown");
        ServiceProcess service = ServiceProcess.start(work, work.resolve("data"),
                "-Dquarkus.shutdown.timeout=" + SHUTDOWN_TIMEOUT.toSeconds() + "s");
        try (service) {
            for (int i = 0; i < 3; i++) {
                SubscriptionClient.subscribe(service.uri("/graphql"),
                        "subscription { talksUpdated(talksId: \"1\") { title } }").close();
            }
            SubscriptionClient open = SubscriptionClient.subscribe(service.uri("/graphql"),
                    "subscription { incidentReported(filter: { region: \"Odesa\" }) { id } }");
            SubscriptionClient idle = SubscriptionClient.connect(service.uri("/graphql"), Map.of());
            idle.init();

            Duration exit = service.terminate(SHUTDOWN_TIMEOUT.plusSeconds(10));

            assertThat(open.closed(Duration.ofSeconds(1)), equalTo(new Closed(1001, "Server shutting down")));
            assertThat(idle.closed(Duration.ofSeconds(1)), equalTo(new Closed(1001, "Server shutting down")));
            assertThat(exit, lessThan(Duration.ofSeconds(10)));
        }
    }
}
