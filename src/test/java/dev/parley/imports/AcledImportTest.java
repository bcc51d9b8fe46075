package dev.parley.imports;

import static dev.parley.imports.Imports.resource;
import static dev.parley.imports.Imports.upload;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.parley.support.GraphQL;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(ImportsProfile.class)
class AcledImportTest {

    private static final String INCIDENT = """
            query($id: ID!) { incident(id: $id) {
                externalDataset externalId occurredOn datePrecision eventType subEventType civiliansTargeted notes
                place { name admin1 country latitude longitude precision }
                sideA { name kind } sideB { name } actor { name }
                casualties { killed reportedOn reportedOnPrecision }
                casualtyHistory { killed }
                sources { title }
                retraction { retractedAt reason }
            } }
            """;

    private static final String CHANGES = """
            query($after: String, $first: Int) {
              changes(after: $after, first: $first) {
                nodes { kind recordType recordId changedBy }
                pageInfo { hasNextPage endCursor }
              }
            }
            """;

    @Inject
    EntityManager em;

    @Test
    void eventsAndTheirDeletionsListRoundTrip() {
        upload("acled", resource("acled-events.csv")).statusCode(200).body("status", equalTo("COMPLETED"))
                .body("rowsRead", equalTo(4)).body("rowsRejected", equalTo(0));

        incident("PTS9001")
                .body("data.incident.externalDataset", equalTo("ACLED"))
                .body("data.incident.occurredOn", equalTo("2023-03-04"))
                .body("data.incident.datePrecision", equalTo("DAY"))
                .body("data.incident.eventType", equalTo("EXPLOSIONS_REMOTE_VIOLENCE"))
                .body("data.incident.subEventType", equalTo("SHELLING_ARTILLERY_MISSILE_ATTACK"))
                .body("data.incident.civiliansTargeted", equalTo(false))
                .body("data.incident.notes", equalTo("Synthetic test event, not ACLED data: shelling of Alpha Town, with a comma and \"quotes\"."))
                .body("data.incident.place.name", equalTo("Alpha Town"))
                .body("data.incident.place.admin1", equalTo("Northern Oblast"))
                .body("data.incident.place.country", equalTo("Testland"))
                .body("data.incident.place.latitude", equalTo(47.1234f))
                .body("data.incident.place.precision", equalTo("EXACT"))
                .body("data.incident.sideA.name", equalTo("Test Forces of Northland (2000-)"))
                .body("data.incident.sideB.name", equalTo("Test Forces of Southland (2019-)"))
                .body("data.incident.actor", nullValue())
                .body("data.incident.casualties.killed", equalTo(3))
                .body("data.incident.casualties.reportedOn", equalTo("2023-03-28"))
                .body("data.incident.casualties.reportedOnPrecision", equalTo("DAY"))
                .body("data.incident.sources.title", org.hamcrest.Matchers.containsInAnyOrder(
                        "Armed Conflict Location & Event Data (ACLED)", "Test Wire", "Test Gazette"))
                .body("data.incident.retraction", nullValue());
        incident("PTS9002").body("data.incident.notes",
                equalTo("Synthetic test event: a clash near Beta Village.\nSecond line of the notes, inside quotes."));
        incident("PTS9003")
                .body("data.incident.datePrecision", equalTo("AROUND"))
                .body("data.incident.eventType", equalTo("VIOLENCE_AGAINST_CIVILIANS"))
                .body("data.incident.civiliansTargeted", equalTo(true))
                .body("data.incident.actor.name", equalTo("Test Militia (Northland)"))
                .body("data.incident.sideB", nullValue())
                .body("data.incident.place.precision", equalTo("ADMIN1"));
        incident("PTS9004").body("data.incident.occurredOn", equalTo("2023-03-06"));

        upload("acled-deletions", resource("acled-deletions.csv")).statusCode(200)
                .body("rowsRead", equalTo(2)).body("rowsRetracted", equalTo(1)).body("rowsUnchanged", equalTo(1));
        incident("PTS9002")
                .body("data.incident.retraction.retractedAt", equalTo("2023-07-22T04:26:40Z"))
                .body("data.incident.retraction.reason", equalTo("Deleted from Armed Conflict Location & Event Data (ACLED) (deletions list)"));
        upload("acled-deletions", resource("acled-deletions.csv")).statusCode(200)
                .body("rowsRetracted", equalTo(0)).body("rowsUnchanged", equalTo(2));
        upload("acled", resource("acled-events.csv")).statusCode(200)
                .body("rowsWritten", equalTo(0)).body("rowsRevised", equalTo(0)).body("rowsUnchanged", equalTo(4));
        incident("PTS9002").body("data.incident.retraction.reason", org.hamcrest.Matchers.notNullValue());

        // ACLED raised PTS9001's toll from 3 to 5 (and its timestamp)
        String revised = new String(resource("acled-events.csv"), StandardCharsets.UTF_8)
                .replace("\"quotes\"\".\",3,,1680000000", "\"quotes\"\".\",5,,1690000000");
        int job = upload("acled", revised.getBytes(StandardCharsets.UTF_8)).statusCode(200)
                .body("rowsRevised", equalTo(1)).body("rowsUnchanged", equalTo(3)).extract().jsonPath().getInt("id");
        incident("PTS9001").body("data.incident.casualties.killed", equalTo(5))
                .body("data.incident.casualties.reportedOn", equalTo("2023-07-22"))
                .body("data.incident.casualtyHistory.killed", org.hamcrest.Matchers.contains(3, 5));
        List<?> authors = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select distinct r.changed_by from casualty_report_aud a join revinfo r on r.id = a.rev "
                        + "join casualty_report c on c.id = a.id join incident i on i.id = c.incident_id "
                        + "where i.external_id = 'PTS9001' and c.killed = 5").getResultList());
        assertEquals(List.of("import:acled:" + job), authors);
    }

    @Test
    void importedIncidentsAreInTheChangeFeedAsCreatedByTheImport() {
        String start = endOfFeed();
        // a copy of its own (other event ids), so that it creates its incidents whatever ran before
        String copy = new String(resource("acled-events.csv"), StandardCharsets.UTF_8).replace("PTS900", "FEED900");
        int job = upload("acled", copy.getBytes(StandardCharsets.UTF_8)).statusCode(200)
                .body("rowsWritten", equalTo(4)).extract().jsonPath().getInt("id");
        Map<String, String> ids = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> em.createQuery(
                "select i.id, i.externalId from Incident i where i.externalDataset = 'ACLED' and i.externalId like 'FEED900%'",
                Object[].class).getResultList().forEach(row -> ids.put(row[0].toString(), (String) row[1])));
        assertEquals(4, ids.size());

        List<Map<String, Object>> changes = new ArrayList<>();
        String after = start;
        while (true) {
            JsonPath page = changes(after);
            changes.addAll(page.getList("data.changes.nodes"));
            if (!page.getBoolean("data.changes.pageInfo.hasNextPage")) {
                break;
            }
            after = page.getString("data.changes.pageInfo.endCursor");
        }
        List<Map<String, Object>> mine = changes.stream().filter(change -> "Incident".equals(change.get("recordType"))
                && ids.containsKey((String) change.get("recordId"))).toList();
        assertEquals(4, mine.size(), "one change per imported incident: " + mine);
        mine.forEach(change -> {
            assertEquals("CREATED", change.get("kind"));
            assertEquals("import:acled:" + job, change.get("changedBy"));
        });
    }

    private static String endOfFeed() {
        String after = null;
        while (true) {
            JsonPath page = changes(after);
            String end = page.getString("data.changes.pageInfo.endCursor");
            after = end == null ? after : end;
            if (!page.getBoolean("data.changes.pageInfo.hasNextPage")) {
                return after;
            }
        }
    }

    private static JsonPath changes(String after) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("after", after);
        variables.put("first", 100);
        return GraphQL.post(CHANGES, variables).body("errors", nullValue()).extract().jsonPath();
    }

    private io.restassured.response.ValidatableResponse incident(String externalId) {
        long id = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select i.id from Incident i where i.externalDataset = 'ACLED' and i.externalId = ?1", Long.class)
                .setParameter(1, externalId).getSingleResult());
        return GraphQL.post(INCIDENT, Map.of("id", Long.toString(id))).body("errors", nullValue());
    }
}
