package dev.parley.common.events;

import static dev.parley.support.Editing.edit;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.parley.common.DatePrecision;
import dev.parley.incidents.EventType;
import dev.parley.incidents.Incident;
import dev.parley.incidents.IncidentPlace;
import dev.parley.incidents.IncidentService;
import dev.parley.incidents.ReportIncident;
import dev.parley.incidents.ReviseCasualties;
import dev.parley.incidents.Verification;
import dev.parley.parties.Party;
import dev.parley.support.SubscriptionClient;
import dev.parley.support.TestData;
import dev.parley.talks.Talks;
import dev.parley.talks.TalksService;
import dev.parley.talks.TalksStatus;
import dev.parley.talks.UpdateTalks;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.UserTransaction;
import org.junit.jupiter.api.Test;

/**
 * A frontend subscribed over WebSocket sees each committed change within a second, and never one that failed
 * or was rolled back. Each test first makes a write that fails and one that is rolled back after the event
 * was fired inside its transaction, then a committed one: the first result must be the committed one.
 */
@QuarkusTest
class LiveUpdatesTest {

    private static final Duration WITHIN_A_SECOND = Duration.ofSeconds(1);
    private static final String REGION = "Mykolaiv test region";

    private static final String UPDATE = """
            mutation($input: UpdateTalksInput!) { updateTalks(input: $input) { version } }
            """;

    @TestHTTPResource("/graphql")
    URI graphql;

    @Inject
    TestData data;

    @Inject
    IncidentService incidents;

    @Inject
    TalksService talksService;

    @Inject
    UserTransaction transaction;

    @Test
    void incidentReportedSendsMatchingIncidentsOnlyOnceCommitted() throws Exception {
        Party actor = data.party("Attacking force 2053");
        try (SubscriptionClient client = SubscriptionClient.subscribe(graphql, """
                subscription {
                  incidentReported(filter: { region: "%s", eventType: BATTLES }) {
                    id target place { admin1 } actor { name } history { changedBy }
                  }
                }
                """.formatted(REGION))) {
            client.awaitActive(() -> report("probe", REGION, "BATTLES", "2053-01-01", null).body("errors", nullValue()));

            report("elsewhere", "Another region", "BATTLES", "2053-01-02", null).body("errors", nullValue());
            report("other type", REGION, "RIOTS", "2053-01-02", null).body("errors", nullValue());
            report("in the future", REGION, "BATTLES", "2060-06-01", null).body("errors[0].extensions.code",
                    equalTo("INVALID_INPUT"));
            rolledBack(() -> incidents.report(new ReportIncident(LocalDate.of(2053, 1, 3), DatePrecision.DAY,
                    new IncidentPlace(null, REGION, "Ukraine", null, null, null), null, false, "rolled back",
                    EventType.BATTLES, null, false, Verification.REPORTED, null, null, null, List.of())));
            String id = report("marker", REGION, "BATTLES", "2053-01-04", actor.id)
                    .extract().path("data.reportIncident.id");

            JsonObject result = nextBesidesProbes(client, data -> data.getJsonObject("incidentReported").getString("target"));
            JsonObject incident = result.getJsonObject("incidentReported");
            assertThat(incident.getString("id"), equalTo(id));
            assertThat(incident.getString("target"), equalTo("marker"));
            assertThat(incident.getJsonObject("place").getString("admin1"), equalTo(REGION));
            assertThat(incident.getJsonObject("actor").getString("name"), equalTo(actor.name));
            assertThat(incident.getJsonArray("history").getJsonObject(0).getString("changedBy"), equalTo("editor"));
        }
    }

    @Test
    void casualtiesRevisedSendsNewReportsForTheIncident() throws Exception {
        Incident incident = data.incident(LocalDate.of(2053, 2, 1), "Kharkiv", null, null);
        try (SubscriptionClient client = SubscriptionClient.subscribe(graphql, """
                subscription { casualtiesRevised(incidentId: "%d") { killed qualifier incident { id } } }
                """.formatted(incident.id))) {
            client.awaitActive(() -> revise(incident, 0, "probe"));

            revise(incident, -1, "negative").body("errors[0].extensions.code", equalTo("INVALID_INPUT"));
            rolledBack(() -> incidents.reviseCasualties(new ReviseCasualties(incident.id.toString(),
                    LocalDate.of(2053, 2, 2), DatePrecision.DAY, 99, null, "rolled back", null)));
            revise(incident, 7, "marker").body("errors", nullValue());

            JsonObject result = nextBesidesProbes(client, data -> data.getJsonObject("casualtiesRevised").getString("qualifier"));
            JsonObject report = result.getJsonObject("casualtiesRevised");
            assertThat(report.getInt("killed"), equalTo(7));
            assertThat(report.getString("qualifier"), equalTo("marker"));
            assertThat(report.getJsonObject("incident").getString("id"), equalTo(incident.id.toString()));
        }
    }

    @Test
    void talksUpdatedSendsScheduledAndChangedTalks() throws Exception {
        Party party = data.party("Joining state 2053");
        Talks talks = data.talks("Warsaw round 2053", LocalDate.of(2053, 3, 1), null);
        try (SubscriptionClient client = SubscriptionClient.subscribe(graphql, """
                subscription { talksUpdated(talksId: "%d") { title status notes } }
                """.formatted(talks.id))) {
            client.awaitActive(() -> edit("""
                    mutation($input: AddParticipantInput!) { addParticipant(input: $input) { id } }
                    """, Map.of("talksId", talks.id, "partyId", party.id, "role", "DELEGATION",
                    "attendance", "CONFIRMED", "notes", "probe")));

            edit(UPDATE, Map.of("id", talks.id, "version", 1, "status", "CANCELLED"))
                    .body("errors[0].extensions.code", equalTo("CONFLICT"));
            rolledBack(() -> talksService.update(new UpdateTalks(talks.id.toString(), 0, TalksStatus.COLLAPSED,
                    null, null, "rolled back")));
            edit(UPDATE, Map.of("id", talks.id, "version", 0, "status", "IN_PROGRESS", "notes", "marker"))
                    .body("errors", nullValue());

            JsonObject result = nextBesidesProbes(client, data -> data.getJsonObject("talksUpdated").getString("notes", "probe"));
            JsonObject updated = result.getJsonObject("talksUpdated");
            assertThat(updated.getString("status"), equalTo("IN_PROGRESS"));
            assertThat(updated.getString("notes"), equalTo("marker"));
        }
    }

    private static ValidatableResponse report(String target, String region, String eventType,
            String occurredOn, Long actorId) {
        Map<String, Object> input = new HashMap<>();
        input.put("occurredOn", occurredOn);
        input.put("datePrecision", "DAY");
        input.put("place", Map.of("admin1", region, "country", "Ukraine"));
        input.put("target", target);
        input.put("eventType", eventType);
        input.put("verification", "REPORTED");
        input.put("actorPartyId", actorId);
        return edit("mutation($input: ReportIncidentInput!) { reportIncident(input: $input) { id } }", input);
    }

    private static ValidatableResponse revise(Incident incident, int killed, String qualifier) {
        return edit("mutation($input: ReviseCasualtiesInput!) { reviseCasualties(input: $input) { id } }",
                Map.of("incidentId", incident.id, "reportedOn", "2053-02-02", "reportedOnPrecision", "DAY",
                        "killed", killed, "qualifier", qualifier));
    }

    /** Runs a write in a transaction that is then rolled back, as a failure at commit would. */
    private void rolledBack(Runnable write) throws Exception {
        transaction.begin();
        try {
            write.run();
        } finally {
            transaction.rollback();
        }
    }

    /** The next result that is not a late probe, within a second of the last write. */
    private static JsonObject nextBesidesProbes(SubscriptionClient client, Function<JsonObject, String> marker)
            throws InterruptedException {
        while (true) {
            JsonObject result = client.next(WITHIN_A_SECOND);
            assertThat("a result within a second", result, notNullValue());
            if (!marker.apply(result).startsWith("probe")) {
                return result;
            }
        }
    }
}
