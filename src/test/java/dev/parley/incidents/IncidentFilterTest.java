package dev.parley.incidents;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.parley.parties.Party;
import dev.parley.support.GraphQL;
import dev.parley.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Each incident filter and ordering, on the demo incidents 70–74 (filters pinned to 2025) and on data of its own. */
@QuarkusTest
class IncidentFilterTest {

    private static final String IN_2025 = """
            query($filter: IncidentFilter!, $orderBy: IncidentOrder) {
              incidents(filter: $filter, orderBy: $orderBy) { nodes { id } }
            }
            """;

    @Inject
    TestData data;

    @Test
    void byRegions() {
        ids(Map.of("regions", List.of("Odesa", "Crimea")), contains("73", "72", "74"));
        ids(Map.of("regions", List.of("Kyiv")), empty());
    }

    @Test
    void byEventAndSubEventTypes() {
        ids(Map.of("eventTypes", List.of("BATTLES")), contains("70", "71"));
        ids(Map.of("subEventTypes", List.of("AIR_DRONE_STRIKE", "SHELLING_ARTILLERY_MISSILE_ATTACK")), contains("73", "72"));
    }

    @Test
    void byActingPartyIncludingItsSubParties() {
        ids(Map.of("actorIds", List.of("13")), contains("74"));
        // Russia (10) matches incidents of the Russian Armed Forces (11), its sub-party
        ids(Map.of("actorIds", List.of("10")), contains("73", "70", "71", "72"));
        ids(Map.of("actorIds", List.of("12")), contains("74"));
    }

    @Test
    void byVerificationCiviliansAndKilled() {
        ids(Map.of("verification", List.of("CLAIMED")), contains("70", "71", "74"));
        ids(Map.of("civiliansTargeted", true), contains("73"));
        ids(Map.of("civiliansTargeted", false), contains("70", "71", "72", "74"));
        ids(Map.of("minKilled", 3), contains("72"));
        ids(Map.of("minKilled", 0), contains("73", "72"));
    }

    @Test
    void byTextInNotesOrTargetCaseInsensitive() {
        ids(Map.of("text", "FIGHTER JETS"), contains("74"));
        ids(Map.of("text", "ballistic"), contains("72"));
        ids(Map.of("text", "100%"), empty());
    }

    @Test
    void byDateRange() {
        GraphQL.post("{ incidents(filter: {from: \"2025-11-14\", to: \"2025-11-14\"}) { nodes { id } } }")
                .body("data.incidents.nodes.id", contains("73"));
    }

    @Test
    void orderedNewestFirstAndDeadliestFirst() {
        ordered("DATE_DESC", contains("74", "72", "71", "70", "73"));
        ordered("KILLED_DESC", contains("72", "73", "74", "71", "70"));
    }

    @Test
    void deadliestFirstPagesWithCursors() {
        Party side = data.party("Killed-order side");
        for (int killed : new int[] { 4, 9, 1 }) {
            Incident incident = data.incident(LocalDate.of(2048, 1, killed), "Sumy", side, null);
            data.casualties(incident, LocalDate.of(2048, 2, 1), killed, 0);
        }
        data.incident(LocalDate.of(2048, 1, 20), "Sumy", side, null);
        String page = """
                query($actor: ID!, $after: String) {
                  incidents(filter: {actorIds: [$actor]}, orderBy: KILLED_DESC, first: 2, after: $after) {
                    nodes { casualties { killed } } pageInfo { endCursor hasNextPage }
                  }
                }
                """;
        String cursor = GraphQL.post(page, Map.of("actor", side.id))
                .body("errors", nullValue())
                .body("data.incidents.nodes.casualties.killed", contains(9, 4))
                .extract().path("data.incidents.pageInfo.endCursor");
        GraphQL.post(page, Map.of("actor", side.id, "after", cursor))
                .body("data.incidents.nodes", hasSize(2))
                .body("data.incidents.nodes[0].casualties.killed", equalTo(1))
                .body("data.incidents.nodes[1].casualties", nullValue())
                .body("data.incidents.pageInfo.hasNextPage", equalTo(false));
    }

    @Test
    void concurrentIncidentsTakeTheSameFilter() {
        GraphQL.post("{ talk(id: \"30\") { concurrentIncidents(windowDays: 40, filter: {regions: [\"Odesa\"]}) { id } } }")
                .body("errors", nullValue())
                .body("data.talk.concurrentIncidents.id", contains("73", "72"));
        GraphQL.post("{ talk(id: \"30\") { concurrentIncidents(windowDays: 40, filter: {verification: [CLAIMED], text: \"village\"}) { id } } }")
                .body("data.talk.concurrentIncidents.id", contains("70", "71"));
    }

    @Test
    void invalidFiltersAreClearErrors() {
        GraphQL.post("{ incidents(filter: {minKilled: -1}) { nodes { id } } }")
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", startsWith("filter.minKilled must be between 0"));
        GraphQL.post("{ incidents(filter: {actorIds: [\"Russia\"]}) { nodes { id } } }")
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", startsWith("filter.actorIds 'Russia' is not a Parley id"));
        GraphQL.post("{ incidents(filter: {from: \"2025-12-31\", to: \"2025-01-01\"}) { nodes { id } } }")
                .body("errors[0].message", equalTo("filter.from (2025-12-31) must not be after filter.to (2025-01-01)"));
        GraphQL.post("{ incidents(filter: {eventTypes: [SHELLING]}) { nodes { id } } }")
                .body("data", nullValue())
                .body("errors[0].extensions.classification", equalTo("ValidationError"));
        GraphQL.post("{ incidents(first: 101) { nodes { id } } }")
                .body("errors[0].message", equalTo("first must be between 0 and 100, got 101"));
    }

    private static void ids(Map<String, Object> filter, org.hamcrest.Matcher<?> matcher) {
        Map<String, Object> in2025 = new java.util.HashMap<>(filter);
        in2025.put("from", "2025-01-01");
        in2025.put("to", "2025-12-31");
        GraphQL.post(IN_2025, Map.of("filter", in2025))
                .body("errors", nullValue())
                .body("data.incidents.nodes.id", matcher);
    }

    private static void ordered(String orderBy, org.hamcrest.Matcher<?> matcher) {
        GraphQL.post(IN_2025, Map.of("filter", Map.of("from", "2025-01-01", "to", "2025-12-31"), "orderBy", orderBy))
                .body("errors", nullValue())
                .body("data.incidents.nodes.id", matcher);
    }
}
