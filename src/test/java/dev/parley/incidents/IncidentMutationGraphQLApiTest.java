package dev.parley.incidents;

import static dev.parley.support.Editing.edit;
import static dev.parley.support.Editing.expectError;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.parley.parties.Party;
import dev.parley.sources.Source;
import dev.parley.support.DatabaseSnapshot;
import dev.parley.support.GraphQL;
import dev.parley.support.TestData;
import dev.parley.support.Users;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IncidentMutationGraphQLApiTest {

    private static final String REPORT = """
            mutation($input: ReportIncidentInput!) {
              reportIncident(input: $input) {
                id occurredOn datePrecision target eventType subEventType civiliansTargeted verification version
                place { name admin1 country latitude } actor { name } claimedBy { name } sources { title }
                casualties { killed } history { kind changedBy }
              }
            }
            """;
    private static final String REVISE = """
            mutation($input: ReviseCasualtiesInput!) {
              reviseCasualties(input: $input) { id killed wounded qualifier reportedOn source { title } incident { id } }
            }
            """;
    private static final String VERIFY = """
            mutation($input: ChangeVerificationInput!) {
              changeVerification(input: $input) { id verification verificationReason claimedBy { name } version }
            }
            """;
    private static final String RETRACT = """
            mutation($input: RetractInput!) { retractIncident(input: $input) { id retraction { reason } } }
            """;

    @Inject
    TestData data;

    @Inject
    DatabaseSnapshot database;

    @Test
    void reportsAnIncidentWithPlaceActorAndSources() {
        Party actor = data.party("Shelling force 2054");
        Source source = data.source("Regional authority 2054");
        Map<String, Object> input = report("2054-05-01", "Zaporizhzhia");
        input.put("actorPartyId", actor.id);
        input.put("target", "a power substation");
        input.put("eventType", "EXPLOSIONS_REMOTE_VIOLENCE");
        input.put("subEventType", "SHELLING_ARTILLERY_MISSILE_ATTACK");
        input.put("sourceIds", List.of(source.id));
        edit(REPORT, input)
                .body("errors", nullValue())
                .body("data.reportIncident.occurredOn", equalTo("2054-05-01"))
                .body("data.reportIncident.target", equalTo("a power substation"))
                .body("data.reportIncident.subEventType", equalTo("SHELLING_ARTILLERY_MISSILE_ATTACK"))
                .body("data.reportIncident.civiliansTargeted", equalTo(false))
                .body("data.reportIncident.verification", equalTo("REPORTED"))
                .body("data.reportIncident.version", equalTo(0))
                .body("data.reportIncident.place.name", equalTo("Test town"))
                .body("data.reportIncident.place.admin1", equalTo("Zaporizhzhia"))
                .body("data.reportIncident.place.latitude", equalTo(47.8f))
                .body("data.reportIncident.actor.name", equalTo(actor.name))
                .body("data.reportIncident.sources.title", contains("Regional authority 2054"))
                .body("data.reportIncident.casualties", nullValue())
                .body("data.reportIncident.history.kind", contains("CREATED"))
                .body("data.reportIncident.history.changedBy", contains(Users.EDITOR));
    }

    @Test
    void anIncidentInTheFutureIsRefusedAndNothingIsWritten() {
        var before = database.take();
        // Tests run on TestClock: 1 January 2060.
        expectError(edit(REPORT, report("2060-01-02", "Kherson")), "INVALID_INPUT", "occurredOn",
                "occurredOn: must be a date in the past or in the present");
        assertEquals(before, database.take());
    }

    @Test
    void aPlaceNeedsItsCountryAndCoordinatesInRange() {
        var before = database.take();
        Map<String, Object> input = report("2054-05-02", "Kherson");
        input.put("place", Map.of("name", "Nowhere", "country", ""));
        expectError(edit(REPORT, input), "INVALID_INPUT", "place.country", "place.country: must not be blank");
        input.put("place", Map.of("country", "Ukraine", "latitude", 91.0));
        expectError(edit(REPORT, input), "INVALID_INPUT", "place.latitude",
                "place.latitude: must be less than or equal to 90");
        assertEquals(before, database.take());
    }

    @Test
    void aClaimNeedsAClaimantAndReferencesMustExist() {
        var before = database.take();
        Map<String, Object> input = report("2054-05-03", "Sumy");
        input.put("verification", "CLAIMED");
        expectError(edit(REPORT, input), "INVALID_INPUT", "claimedByPartyId",
                "claimedByPartyId: is required when verification is CLAIMED");
        input.put("claimedByPartyId", "987654321");
        expectError(edit(REPORT, input), "NOT_FOUND", "claimedByPartyId",
                "claimedByPartyId: no Party has id 987654321");
        input.remove("claimedByPartyId");
        input.put("verification", "REPORTED");
        input.put("sourceIds", List.of("987654321"));
        expectError(edit(REPORT, input), "NOT_FOUND", "sourceIds[0]", "sourceIds[0]: no Source has id 987654321");
        assertEquals(before, database.take());
    }

    @Test
    void revisedCasualtiesAreAppendedAndTheEarlierReportStays() {
        Incident incident = data.incident(LocalDate.of(2055, 6, 1), "Odesa", null, null);
        Source source = data.source("Later toll 2055");
        edit(REVISE, Map.of("incidentId", incident.id, "reportedOn", "2055-06-01", "reportedOnPrecision", "DAY",
                "killed", 2, "wounded", 5)).body("errors", nullValue());
        edit(REVISE, Map.of("incidentId", incident.id, "reportedOn", "2055-06-03", "reportedOnPrecision", "DAY",
                "killed", 4, "qualifier", "dozens wounded", "sourceId", source.id))
                .body("errors", nullValue())
                .body("data.reviseCasualties.killed", equalTo(4))
                .body("data.reviseCasualties.wounded", nullValue())
                .body("data.reviseCasualties.qualifier", equalTo("dozens wounded"))
                .body("data.reviseCasualties.source.title", equalTo("Later toll 2055"))
                .body("data.reviseCasualties.incident.id", equalTo(incident.id.toString()));
        GraphQL.post("query($id: ID!) { incident(id: $id) { casualties { killed } casualtyHistory { killed wounded } } }",
                Map.of("id", incident.id.toString()))
                .body("data.incident.casualties.killed", equalTo(4))
                .body("data.incident.casualtyHistory.killed", contains(2, 4))
                .body("data.incident.casualtyHistory.wounded", contains(5, null));
    }

    @Test
    void negativeCasualtiesAndUnknownIncidentsAreRefused() {
        Incident incident = data.incident(LocalDate.of(2055, 6, 2), "Odesa", null, null);
        var before = database.take();
        expectError(edit(REVISE, Map.of("incidentId", incident.id, "reportedOn", "2055-06-02",
                "reportedOnPrecision", "DAY", "killed", -1)), "INVALID_INPUT", "killed",
                "killed: must be greater than or equal to 0");
        expectError(edit(REVISE, Map.of("incidentId", "987654321", "reportedOn", "2055-06-02",
                "reportedOnPrecision", "DAY", "killed", 1)), "NOT_FOUND", "incidentId",
                "incidentId: no Incident has id 987654321");
        assertEquals(before, database.take());
    }

    @Test
    void verificationChangesWithWhoAndWhyInTheAuditTrail() {
        Party claimant = data.party("Claiming service 2056");
        Incident incident = data.incident(LocalDate.of(2056, 7, 1), "Crimea", null, null);
        edit(VERIFY, Map.of("incidentId", incident.id, "version", 0, "verification", "CLAIMED",
                "claimedByPartyId", claimant.id, "reason", "Claimed on the service's channel"))
                .body("errors", nullValue())
                .body("data.changeVerification.verification", equalTo("CLAIMED"))
                .body("data.changeVerification.verificationReason", equalTo("Claimed on the service's channel"))
                .body("data.changeVerification.claimedBy.name", equalTo(claimant.name))
                .body("data.changeVerification.version", equalTo(1));
        edit(VERIFY, Map.of("incidentId", incident.id, "version", 1, "verification", "CONFIRMED",
                "reason", "Satellite imagery")).body("errors", nullValue());
        GraphQL.post("query($id: ID!) { incident(id: $id) { verification history { kind changedBy changedFields } } }",
                Map.of("id", incident.id.toString()))
                .body("data.incident.verification", equalTo("CONFIRMED"))
                .body("data.incident.history.kind", contains("CREATED", "UPDATED", "UPDATED"))
                .body("data.incident.history.changedBy", contains("system", Users.EDITOR, Users.EDITOR))
                .body("data.incident.history[1].changedFields",
                        contains("claimedBy", "verification", "verificationReason"))
                .body("data.incident.history[2].changedFields", contains("verification", "verificationReason"));
    }

    @Test
    void aStaleVerificationChangeIsAConflictAndNothingIsWritten() {
        Incident incident = data.incident(LocalDate.of(2056, 7, 2), "Crimea", null, null);
        edit(VERIFY, Map.of("incidentId", incident.id, "version", 0, "verification", "DISPUTED", "reason", "Denied"))
                .body("errors", nullValue());
        var before = database.take();
        expectError(edit(VERIFY, Map.of("incidentId", incident.id, "version", 0, "verification", "CONFIRMED",
                "reason", "Seen")), "CONFLICT", "version",
                "version: Incident %d is at version 1, not 0; it was changed meanwhile, reload it and retry"
                        .formatted(incident.id));
        expectError(edit(VERIFY, Map.of("incidentId", incident.id, "version", 1, "verification", "CONFIRMED",
                "reason", " ")), "INVALID_INPUT", "reason", "reason: must not be blank");
        assertEquals(before, database.take());
    }

    @Test
    void aRetractedIncidentStaysReadableButLeavesTheList() {
        Incident incident = data.incident(LocalDate.of(2057, 8, 1), "Kyiv", null, null);
        edit(RETRACT, Map.of("id", incident.id, "version", 0, "reason", "Duplicate report"))
                .body("errors", nullValue())
                .body("data.retractIncident.retraction.reason", equalTo("Duplicate report"));
        GraphQL.post("query($id: ID!) { incident(id: $id) { retraction { reason } } }", Map.of("id", incident.id.toString()))
                .body("data.incident.retraction.reason", equalTo("Duplicate report"));
        String list = "query($all: Boolean) { incidents(filter: {from: \"2057-01-01\", to: \"2057-12-31\"}, includeRetracted: $all) { nodes { id } } }";
        GraphQL.post(list, Map.of()).body("data.incidents.nodes.id", not(hasItem(incident.id.toString())));
        GraphQL.post(list, Map.of("all", true)).body("data.incidents.nodes.id", hasItem(incident.id.toString()));
        var before = database.take();
        expectError(edit(REVISE, Map.of("incidentId", incident.id, "reportedOn", "2057-08-02",
                "reportedOnPrecision", "DAY", "killed", 1)), "INVALID_INPUT", "incidentId",
                "incidentId: Incident %d is retracted and can no longer be changed".formatted(incident.id));
        assertEquals(before, database.take());
    }

    private static Map<String, Object> report(String occurredOn, String region) {
        Map<String, Object> input = new HashMap<>();
        input.put("occurredOn", occurredOn);
        input.put("datePrecision", "DAY");
        input.put("place", Map.of("name", "Test town", "admin1", region, "country", "Ukraine", "latitude", 47.8));
        input.put("verification", "REPORTED");
        return input;
    }
}
