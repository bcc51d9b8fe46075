package dev.parley.changes;

import static dev.parley.support.Editing.edit;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.parley.support.GraphQL;
import dev.parley.support.TestData;
import dev.parley.support.Users;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The change feed; this class keeps to the year 2036. */
@QuarkusTest
class ChangesGraphQLApiTest {

    private static final String CHANGES = """
            query($after: String, $first: Int) {
              changes(after: $after, first: $first) {
                edges { cursor node { cursor kind recordType recordId committedAt changedBy record { id } } }
                pageInfo { hasNextPage endCursor }
              }
            }
            """;
    private static final String REPORT = """
            mutation($input: ReportIncidentInput!) { reportIncident(input: $input) { id updatedAt } }
            """;
    private static final String REVISE = """
            mutation($input: ReviseCasualtiesInput!) { reviseCasualties(input: $input) { id } }
            """;
    private static final String RETRACT = """
            mutation($input: RetractInput!) { retractIncident(input: $input) { id } }
            """;
    private static final String UPDATED_SINCE = """
            query($since: DateTime!) {
              incidents(filter: {from: "2036-01-01", to: "2036-12-31", updatedSince: $since}, first: 100) { nodes { id updatedAt } }
            }
            """;

    @Inject
    TestData data;

    record Seen(String cursor, String kind, String recordType, String recordId, String changedBy, String record) {
    }

    @Test
    void createReviseAndRetractShowUpInOrderWithWhoAndTheRecord() {
        String start = endOfFeed();
        String id = reportIncident("2036-03-01");
        edit(REVISE, Map.of("incidentId", id, "reportedOn", "2036-03-02", "reportedOnPrecision", "DAY", "killed", 3))
                .body("errors", nullValue());
        edit(RETRACT, Map.of("id", id, "version", 0, "reason", "Duplicate"))
                .body("errors", nullValue());

        List<Seen> mine = readFrom(start, 2).stream().filter(seen -> seen.recordId().equals(id)).toList();
        assertEquals(List.of("CREATED", "REVISED", "RETRACTED"), mine.stream().map(Seen::kind).toList());
        mine.forEach(seen -> {
            assertEquals("Incident", seen.recordType());
            assertEquals(Users.EDITOR, seen.changedBy());
            assertEquals(id, seen.record());
        });
    }

    @Test
    void writesOutsideRequestsAreTheSystemsAndTalksCount() {
        String start = endOfFeed();
        var talks = data.talks("Feed talks 2036", LocalDate.of(2036, 4, 1), null);
        data.changeNotes(talks, "moved to Vienna");
        List<Seen> mine = readFrom(start, 100).stream().filter(s -> s.recordId().equals(talks.id.toString())).toList();
        assertEquals(List.of("CREATED", "REVISED"), mine.stream().map(Seen::kind).toList());
        assertEquals("Talks", mine.get(0).recordType());
        assertEquals("system", mine.get(0).changedBy());
    }

    @Test
    void aCursorOfAnotherListIsRefused() {
        String incidentsCursor = GraphQL.post("{ incidents(first: 1) { pageInfo { endCursor } } }")
                .extract().path("data.incidents.pageInfo.endCursor");
        GraphQL.post(CHANGES, Map.of("after", incidentsCursor))
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
        GraphQL.post(CHANGES, Map.of("after", "not-a-cursor"))
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
        GraphQL.post(CHANGES, Map.of("first", 101))
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
    }

    /**
     * Writers commit concurrently (ids allocated in one order, commits landing in another) while a reader pages
     * through the feed with small pages; at the end the reader has seen every committed change exactly once.
     */
    @Test
    void underConcurrentWritersEveryChangeIsSeenExactlyOnce() throws Exception {
        String start = endOfFeed();
        int writers = 4;
        int perWriter = 12;
        Map<String, List<String>> written = new ConcurrentHashMap<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        try {
            Future<List<Seen>> reader = pool.submit(() -> {
                List<Seen> seen = new ArrayList<>();
                String after = start;
                while (true) {
                    boolean last = !writing.get();
                    JsonPath page = GraphQL.post(CHANGES, variables(after, 3)).extract().jsonPath();
                    seen.addAll(seenOn(page));
                    after = page.getString("data.changes.pageInfo.endCursor") == null ? after
                            : page.getString("data.changes.pageInfo.endCursor");
                    if (last && !page.getBoolean("data.changes.pageInfo.hasNextPage")) {
                        return seen;
                    }
                }
            });
            List<Future<?>> tasks = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                tasks.add(pool.submit(() -> {
                    for (int i = 0; i < perWriter; i++) {
                        String id = reportIncident("2036-05-%02d".formatted(1 + writer));
                        written.computeIfAbsent(id, k -> new ArrayList<>()).add("CREATED");
                        if (i % 3 == 0) {
                            edit(REVISE, Map.of("incidentId", id, "reportedOn", "2036-05-20", "reportedOnPrecision", "DAY",
                                    "killed", i)).body("errors", nullValue());
                            written.get(id).add("REVISED");
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> task : tasks) {
                task.get(5, TimeUnit.MINUTES);
            }
            writing.set(false);
            List<Seen> seen = reader.get(5, TimeUnit.MINUTES);

            Map<String, List<String>> seenByRecord = new HashMap<>();
            seen.stream().filter(s -> written.containsKey(s.recordId()))
                    .forEach(s -> seenByRecord.computeIfAbsent(s.recordId(), k -> new ArrayList<>()).add(s.kind()));
            assertEquals(writers * perWriter, written.size());
            assertEquals(written, seenByRecord);
            assertEquals(seen.size(), seen.stream().map(Seen::cursor).distinct().count(), "no change listed twice");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void updatedSinceFindsIncidentsWrittenSinceAndMovesWithARevision() throws InterruptedException {
        String id = reportIncident("2036-07-01");
        String created = GraphQL.post("query($id: ID!) { incident(id: $id) { updatedAt } }", Map.of("id", id))
                .extract().path("data.incident.updatedAt");
        OffsetDateTime createdAt = OffsetDateTime.parse(created);
        GraphQL.post(UPDATED_SINCE, Map.of("since", createdAt.toString())).body("errors", nullValue())
                .body("data.incidents.nodes.id", hasItem(id));
        String later = createdAt.plusNanos(1_000_000).toString();
        GraphQL.post(UPDATED_SINCE, Map.of("since", later)).body("data.incidents.nodes.id", not(hasItem(id)));

        Thread.sleep(5);
        // A casualty revision updates the current figures with a bulk statement; the feed moves updated_at too.
        edit(REVISE, Map.of("incidentId", id, "reportedOn", "2036-07-02", "reportedOnPrecision", "DAY", "killed", 1))
                .body("errors", nullValue());
        GraphQL.post(UPDATED_SINCE, Map.of("since", later)).body("data.incidents.nodes.id", hasItem(id));
        OffsetDateTime revised = OffsetDateTime.parse(GraphQL.post("query($id: ID!) { incident(id: $id) { updatedAt } }",
                Map.of("id", id)).extract().<String>path("data.incident.updatedAt"));
        assertTrue(revised.isAfter(createdAt), revised + " after " + createdAt);
    }

    private static String reportIncident(String occurredOn) {
        Map<String, Object> input = new HashMap<>();
        input.put("occurredOn", occurredOn);
        input.put("datePrecision", "DAY");
        input.put("place", Map.of("name", "Feed town", "admin1", "Kharkiv", "country", "Ukraine",
                "latitude", 49.99, "longitude", 36.23));
        input.put("verification", "REPORTED");
        return edit(REPORT, input).body("errors", nullValue()).extract().path("data.reportIncident.id");
    }

    /** The cursor of the last change so far: what a client that has read everything holds. */
    private static String endOfFeed() {
        String after = null;
        while (true) {
            JsonPath page = GraphQL.post(CHANGES, variables(after, 100)).body("errors", nullValue()).extract().jsonPath();
            String end = page.getString("data.changes.pageInfo.endCursor");
            after = end == null ? after : end;
            if (!page.getBoolean("data.changes.pageInfo.hasNextPage")) {
                return after;
            }
        }
    }

    private static List<Seen> readFrom(String after, int pageSize) {
        List<Seen> seen = new ArrayList<>();
        while (true) {
            JsonPath page = GraphQL.post(CHANGES, variables(after, pageSize)).body("errors", nullValue()).extract().jsonPath();
            seen.addAll(seenOn(page));
            if (!page.getBoolean("data.changes.pageInfo.hasNextPage")) {
                return seen;
            }
            after = page.getString("data.changes.pageInfo.endCursor");
        }
    }

    private static List<Seen> seenOn(JsonPath page) {
        List<Map<String, Object>> nodes = page.getList("data.changes.edges.node");
        return nodes.stream().map(node -> new Seen((String) node.get("cursor"), (String) node.get("kind"),
                (String) node.get("recordType"), (String) node.get("recordId"), (String) node.get("changedBy"),
                node.get("record") == null ? null : (String) ((Map<?, ?>) node.get("record")).get("id"))).toList();
    }

    private static Map<String, Object> variables(String after, int first) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("after", after);
        variables.put("first", first);
        return variables;
    }
}
