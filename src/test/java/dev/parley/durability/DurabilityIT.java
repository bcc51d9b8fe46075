package dev.parley.durability;

import static dev.parley.durability.ServiceProcess.data;
import static dev.parley.durability.ServiceProcess.json;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

/**
 * Kills the packaged service with SIGKILL in the middle of a stream of writes, restarts it on the same file
 * database, and checks that every acknowledged write is there and that no record is half-written.
 */
class DurabilityIT {

    private static final String USER = "durability";
    private static final String PASSWORD = "kill-9-survivor";
    private static final int WRITERS = 4;
    private static final int KILL_AFTER_ACKNOWLEDGED = 300;

    private static final String REPORT = """
            mutation($input: ReportIncidentInput!) { reportIncident(input: $input) { id } }
            """;

    private static final String PAGE = """
            query($text: String!, $after: String) {
              incidents(filter: {text: $text}, first: 100, after: $after) {
                nodes { id notes place { admin1 country } sources { id } casualtyHistory { killed } }
                pageInfo { hasNextPage endCursor }
              }
            }
            """;

    @Test
    void everyAcknowledgedWriteSurvivesSigkillAndNoneIsHalfWritten() throws Exception {
        Path work = Files.createTempDirectory("parley-durability");
        Path database = work.resolve("data");
        ServiceProcess.writeEditor(work, USER, PASSWORD);
        String run = "durability-" + UUID.randomUUID();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        String sourceId;

        try (ServiceProcess service = ServiceProcess.start(work, database)) {
            sourceId = data(service.post(json("mutation { addSource(input: {title: \"Durability wire\"}) { id } }", Map.of()),
                    auth())).getJsonObject("addSource").getString("id");
            AtomicBoolean killed = new AtomicBoolean();
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.submit(() -> {
                    for (int i = 0; !killed.get() && i < 10_000; i++) {
                        try {
                            HttpResponse<String> response = service.post(json(REPORT, Map.of("input", incident(run, writer, i, sourceId))), auth());
                            JsonObject body = Json.createReader(new java.io.StringReader(response.body())).readObject();
                            if (response.statusCode() == 200 && !body.containsKey("errors")) {
                                acknowledged.add(body.getJsonObject("data").getJsonObject("reportIncident").getString("id"));
                            }
                        } catch (Exception connectionLost) {
                            return;
                        }
                    }
                });
            }
            while (acknowledged.size() < KILL_AFTER_ACKNOWLEDGED) {
                Thread.sleep(5);
            }
            service.kill();
            killed.set(true);
            writers.shutdown();
            writers.awaitTermination(60, TimeUnit.SECONDS);
        }

        try (ServiceProcess restarted = ServiceProcess.start(work, database)) {
            List<JsonObject> found = readAll(restarted, run);
            Set<String> foundIds = new HashSet<>();
            List<String> halfWritten = new ArrayList<>();
            for (JsonObject incident : found) {
                foundIds.add(incident.getString("id"));
                boolean complete = incident.get("place").getValueType() == JsonValue.ValueType.OBJECT
                        && incident.getJsonArray("sources").size() == 1
                        && incident.getJsonArray("casualtyHistory").isEmpty()
                        && incident.getString("notes").startsWith(run);
                if (!complete) {
                    halfWritten.add(incident.toString());
                }
            }
            Set<String> lost = new HashSet<>(acknowledged);
            lost.removeAll(foundIds);
            System.out.printf("Durability: %d writes acknowledged before SIGKILL, %d found after restart, %d lost, "
                    + "%d written but unacknowledged, %d half-written%n", acknowledged.size(), foundIds.size(), lost.size(),
                    foundIds.size() - (acknowledged.size() - lost.size()), halfWritten.size());
            assertThat("acknowledged writes missing after restart", lost, empty());
            assertThat("half-written records", halfWritten, empty());
            assertThat(foundIds.size(), greaterThanOrEqualTo(acknowledged.size()));
            assertThat(acknowledged.size(), greaterThanOrEqualTo(KILL_AFTER_ACKNOWLEDGED));
            assertThat(foundIds.containsAll(acknowledged), equalTo(true));
        }
    }

    private static List<JsonObject> readAll(ServiceProcess service, String run) throws Exception {
        List<JsonObject> all = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> variables = new java.util.HashMap<>(Map.of("text", run));
            if (after != null) {
                variables.put("after", after);
            }
            JsonObject page = data(service.post(json(PAGE, variables), null)).getJsonObject("incidents");
            page.getJsonArray("nodes").forEach(node -> all.add(node.asJsonObject()));
            JsonObject pageInfo = page.getJsonObject("pageInfo");
            after = pageInfo.getBoolean("hasNextPage") ? pageInfo.getString("endCursor") : null;
        } while (after != null);
        return all;
    }

    private static Map<String, Object> incident(String run, int writer, int i, String sourceId) {
        return Map.of("occurredOn", "2024-0%d-%02d".formatted(1 + writer, 1 + i % 28),
                "datePrecision", "DAY",
                "place", Map.of("name", "Durability site " + i, "admin1", "Kharkiv", "country", "Ukraine"),
                "verification", "REPORTED",
                "notes", run + " writer " + writer + " #" + i,
                "sourceIds", List.of(sourceId));
    }

    private static String auth() {
        return Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

}
