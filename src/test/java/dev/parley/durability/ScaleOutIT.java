package dev.parley.durability;

import static dev.parley.durability.ServiceProcess.data;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import dev.parley.support.SubscriptionClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the PostgreSQL build on one database, as behind a load balancer: a write through one
 * is read through the other, the other's cached answers are dropped, and subscribers of both are told
 * (PostgreSQL LISTEN/NOTIFY).
 */
class ScaleOutIT {

    private static final String USER = "scale-out";
    private static final String PASSWORD = "two-instances";
    private static final String SUBSCRIPTION = "subscription { incidentReported { id notes } }";

    @Test
    void aWriteThroughOneInstanceIsReadAndStreamedThroughBoth() throws Exception {
        assumeTrue(ServiceProcess.onPostgres(), "needs the PostgreSQL build (-Dquarkus.profile=pg -Dparley.it.db=pg)");
        Path work = Files.createTempDirectory("parley-scale-out");
        ServiceProcess.writeEditor(work, USER, PASSWORD);
        try (ServiceProcess a = ServiceProcess.start(work, work.resolve("unused"));
                ServiceProcess b = ServiceProcess.start(work, work.resolve("unused"));
                SubscriptionClient onA = SubscriptionClient.subscribe(a.uri("/graphql"), SUBSCRIPTION);
                SubscriptionClient onB = SubscriptionClient.subscribe(b.uri("/graphql"), SUBSCRIPTION)) {
            onA.awaitActive(() -> report(a, "probe"));
            onB.awaitActive(() -> report(a, "probe"));

            String marker = "scale-out " + UUID.randomUUID();
            // B answers a list from its response cache until A's write is announced to it (NOTIFY)
            String list = Json.createObjectBuilder().add("query", """
                    query($text: String!) { incidents(filter: {from: "2024-05-01", to: "2024-05-01", text: $text}) { nodes { notes } } }
                    """).add("variables", Json.createObjectBuilder().add("text", marker)).build().toString();
            assertThat(data(b.post(list, null)).getJsonObject("incidents").getJsonArray("nodes").size(), equalTo(0));
            assertThat(b.post(list, null).headers().firstValue("Cache-Status").orElse(""), equalTo("parley; hit"));

            String id = report(a, marker);
            assertThat("B's cached list dropped after A's write", awaitNotes(b, list), equalTo(marker));

            JsonObject readThroughB = data(b.post(json("query($id: ID!) { incident(id: $id) { notes } }", id), null));
            assertThat(readThroughB.getJsonObject("incident").getString("notes"), equalTo(marker));
            assertThat("event on the writing instance", awaitEvent(onA, marker), equalTo(id));
            assertThat("event on the other instance", awaitEvent(onB, marker), equalTo(id));
        }
    }

    /** The list's first notes once it has any; fails after 5 s (a cached answer never expiring would). */
    private static String awaitNotes(ServiceProcess service, String list) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            var nodes = data(service.post(list, null)).getJsonObject("incidents").getJsonArray("nodes");
            if (!nodes.isEmpty()) {
                return nodes.getJsonObject(0).getString("notes");
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The list still answers without the new incident after 5 s");
    }

    /** Skips events of earlier probes; fails after 5 s without the one looked for. */
    private static String awaitEvent(SubscriptionClient client, String marker) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject data = client.next(Duration.ofMillis(500));
            if (data != null && marker.equals(data.getJsonObject("incidentReported").getString("notes"))) {
                return data.getJsonObject("incidentReported").getString("id");
            }
        }
        throw new AssertionError("No incidentReported event for " + marker + " within 5 s");
    }

    private static String report(ServiceProcess service, String notes) {
        String document = """
                mutation($notes: String!) { reportIncident(input: {occurredOn: "2024-05-01", datePrecision: DAY,
                  place: {admin1: "Kharkiv", country: "Ukraine"}, verification: REPORTED, notes: $notes}) { id } }
                """;
        try {
            String body = Json.createObjectBuilder().add("query", document)
                    .add("variables", Json.createObjectBuilder().add("notes", notes)).build().toString();
            String auth = Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            return data(service.post(body, auth)).getJsonObject("reportIncident").getString("id");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(String document, String id) {
        return ServiceProcess.json(document, Map.of("id", id));
    }
}
