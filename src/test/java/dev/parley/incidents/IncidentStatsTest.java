package dev.parley.incidents;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.parley.support.GraphQL;
import dev.parley.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Statistics on the demo data, checked by hand against the seed: five incidents; Odesa holds the port strike
 * (8 killed, wounded not given as a number) and Chornomorsk (2 killed, 7 wounded); the rest give no figures.
 */
@QuarkusTest
class IncidentStatsTest {

    private static final String STATS = """
            query($groupBy: [StatsDimension!]!, $asOf: Date, $from: Date, $to: Date) {
              incidentStats(filter: {from: $from, to: $to}, groupBy: $groupBy, asOf: $asOf) {
                region eventType actor { name } period incidents incidentsWithFigures killed wounded
              }
            }
            """;

    @Inject
    TestData data;

    @Test
    void byRegion() {
        stats(List.of("REGION"), null)
                .body("region", contains("Crimea", "Donetsk", "Odesa", "Sumy"))
                .body("incidents", contains(1, 1, 2, 1))
                .body("killed", contains(0, 0, 10, 0))
                .body("wounded", contains(0, 0, 7, 0))
                .body("incidentsWithFigures", contains(0, 0, 2, 0))
                .body("eventType", contains(null, null, null, null));
    }

    @Test
    void byEventTypeAndByActor() {
        stats(List.of("EVENT_TYPE"), null)
                .body("eventType", contains("BATTLES", "EXPLOSIONS_REMOTE_VIOLENCE", null))
                .body("incidents", contains(2, 2, 1))
                .body("killed", contains(0, 10, 0));
        stats(List.of("ACTOR"), null)
                .body("actor.name", contains("Russian Armed Forces", "Security Service of Ukraine (SBU)"))
                .body("incidents", contains(4, 1))
                .body("killed", contains(10, 0));
    }

    @Test
    void byDayWeekAndMonth() {
        stats(List.of("DAY"), null).body("period", contains("2025-11-14", "2025-12-20")).body("incidents", contains(1, 4));
        // 14 Nov 2025 is a Friday, 20 Dec a Saturday: their ISO weeks start on Mondays 10 Nov and 15 Dec
        stats(List.of("WEEK"), null).body("period", contains("2025-11-10", "2025-12-15"));
        stats(List.of("MONTH"), null).body("period", contains("2025-11-01", "2025-12-01"))
                .body("killed", contains(2, 8)).body("wounded", contains(7, 0));
        stats(List.of(), null).body("incidents", contains(5)).body("killed", contains(10)).body("period", contains((Object) null));
    }

    @Test
    void asOfGivesTheFiguresKnownThen() {
        // On 19 Dec only the Chornomorsk strike had happened, and its figures were first reported on 20 Dec
        stats(List.of(), "2025-12-19").body("incidents", contains(1)).body("killed", contains(0))
                .body("incidentsWithFigures", contains(0));
        stats(List.of(), "2025-12-20").body("incidents", contains(5)).body("killed", contains(10));
    }

    @Test
    void asOfBeforeAndAfterARevision() {
        Incident incident = data.incident(LocalDate.of(2046, 5, 1), "Kharkiv", null, null);
        data.casualties(incident, LocalDate.of(2046, 5, 1), 3, 1);
        data.casualties(incident, LocalDate.of(2046, 5, 3), 5, 2);
        String document = """
                query($asOf: Date, $id: ID!) {
                  incidentStats(filter: {from: "2046-01-01", to: "2046-12-31"}, groupBy: [], asOf: $asOf) { killed wounded }
                  incident(id: $id) { casualties(asOf: $asOf) { killed reportedOn } }
                }
                """;
        for (var expected : List.of(List.of("2046-05-02", 3, 1, "2046-05-01"), List.of("2046-05-03", 5, 2, "2046-05-03"))) {
            GraphQL.post(document, Map.of("asOf", expected.get(0), "id", incident.id))
                    .body("errors", nullValue())
                    .body("data.incidentStats[0].killed", equalTo(expected.get(1)))
                    .body("data.incidentStats[0].wounded", equalTo(expected.get(2)))
                    .body("data.incident.casualties.killed", equalTo(expected.get(1)))
                    .body("data.incident.casualties.reportedOn", equalTo(expected.get(3)));
        }
        GraphQL.post(document, Map.of("asOf", "2046-04-30", "id", incident.id))
                .body("data.incidentStats[0].killed", equalTo(0))
                .body("data.incident.casualties", nullValue());
    }

    @Test
    void twoPeriodsAtOnceIsAClearError() {
        GraphQL.post(STATS, Map.of("groupBy", List.of("DAY", "MONTH")))
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", equalTo("groupBy takes at most one of DAY, WEEK and MONTH"));
    }

    private static io.restassured.response.ValidatableResponse stats(List<String> groupBy, String asOf) {
        var variables = new java.util.HashMap<String, Object>(Map.of("groupBy", groupBy, "from", "2025-01-01", "to", "2025-12-31"));
        if (asOf != null) {
            variables.put("asOf", asOf);
        }
        return GraphQL.post(STATS, variables)
                .body("errors", nullValue())
                .rootPath("data.incidentStats");
    }
}
