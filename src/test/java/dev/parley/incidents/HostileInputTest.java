package dev.parley.incidents;

import static dev.parley.support.Editing.edit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.parley.support.DatabaseSnapshot;
import dev.parley.support.GraphQL;
import dev.parley.support.TestData;
import dev.parley.support.Users;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

/** What a careless or hostile client sends: numbers that would wrap, dates that would shift, text that is not text. */
@QuarkusTest
class HostileInputTest {

    private static final String REPORT = """
            mutation($input: ReportIncidentInput!) { reportIncident(input: $input) { id occurredOn } }
            """;
    private static final String REVISE = """
            mutation($input: ReviseCasualtiesInput!) { reviseCasualties(input: $input) { id killed qualifier } }
            """;
    private static final String VERIFY = """
            mutation($input: ChangeVerificationInput!) { changeVerification(input: $input) { id version } }
            """;
    private static final String INCIDENTS = """
            query($filter: IncidentFilter, $after: String) { incidents(filter: $filter, after: $after) { nodes { id } } }
            """;

    @Inject
    TestData data;

    @Inject
    DatabaseSnapshot database;

    @Test
    void anIntIsAThirtyTwoBitWholeNumberOrItIsRefused() {
        Incident incident = data.incident(LocalDate.of(2056, 3, 1), "Odesa", null, null);
        var before = database.take();
        for (Object killed : List.of(4294967297L, 1e10, 1.9999, -0.5, "7")) {
            refused(edit(REVISE, revision(incident, killed)), "BAD_USER_INPUT", "input.killed");
        }
        // A version past 2^32 once wrapped to 0 and passed the optimistic lock of a version-0 record.
        refused(edit(VERIFY, Map.of("incidentId", incident.id, "version", 4294967296L, "verification", "CONFIRMED",
                "reason", "wrapped version")), "BAD_USER_INPUT", "input.version");
        assertEquals(before, database.take());

        refused(GraphQL.post("""
                query($windowDays: Int) { talks { nodes { concurrentIncidents(windowDays: $windowDays) { id } } } }
                """, Map.of("windowDays", 4294967297L)), "BAD_USER_INPUT", "windowDays");
        refused(GraphQL.post("query($first: Int) { incidents(first: $first) { nodes { id } } }", Map.of("first", 1.5)),
                "BAD_USER_INPUT", "first");
        // Written into the document, the value is refused by graphql-java's validation, naming the argument.
        GraphQL.post("""
                mutation { reviseCasualties(input: { incidentId: "%d", reportedOn: "2056-03-01",
                  reportedOnPrecision: DAY, killed: 4294967297 }) { id } }
                """.formatted(incident.id), Map.of())
                .body("data", nullValue())
                .body("errors[0].message", containsString("'input.killed'"));
        assertEquals(before, database.take());
    }

    @Test
    void everyDomainBoundIsRefusedPastIt() {
        Incident incident = data.incident(LocalDate.of(2056, 3, 2), "Odesa", null, null);
        var before = database.take();
        refused(edit(REVISE, revision(incident, 1_000_001)), "INVALID_INPUT", "killed");
        assertEquals(before, database.take());
        edit(REVISE, revision(incident, 1_000_000)).body("errors", nullValue())
                .body("data.reviseCasualties.killed", equalTo(1_000_000));

        for (int windowDays : new int[] { -1, 367, Integer.MAX_VALUE }) {
            GraphQL.post("query($w: Int) { talks { nodes { concurrentIncidents(windowDays: $w) { id } } } }",
                    Map.of("w", windowDays)).body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                    .body("errors[0].message", containsString("windowDays"));
        }
        GraphQL.post("query($first: Int) { incidents(first: $first) { nodes { id } } }", Map.of("first", 101))
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", containsString("first"));
    }

    @Test
    void datesAreStoredExactlyOrRefused() {
        for (String date : List.of("1800-01-01", "1899-12-31", "2000-02-29")) {
            String id = edit(REPORT, report(date)).body("errors", nullValue())
                    .body("data.reportIncident.occurredOn", equalTo(date))
                    .extract().path("data.reportIncident.id");
            GraphQL.post("query($id: ID!) { incident(id: $id) { occurredOn } }", Map.of("id", id))
                    .body("data.incident.occurredOn", equalTo(date));
        }

        var before = database.take();
        // 1582-10-10 came back as 1582-10-20 (java.sql.Date's Julian calendar), year 0 as year 1.
        for (String date : List.of("1582-10-10", "0000-01-01", "1799-12-31")) {
            refused(edit(REPORT, report(date)), "INVALID_INPUT", "occurredOn");
        }
        for (String date : List.of("+10000-01-01", "2021-02-30", "21-01-01", "2021-1-1", "yesterday")) {
            refused(edit(REPORT, report(date)), "BAD_USER_INPUT", "input.occurredOn");
        }
        assertEquals(before, database.take());
    }

    @Test
    void datesGoToTheDatabaseAsJavaTimeValues() {
        // Written past the API's checks: through java.sql.Date, Hibernate stored this as 1582-10-20.
        Incident incident = data.incident(LocalDate.of(1582, 10, 10), "Odesa", null, null);
        GraphQL.post("query($id: ID!) { incident(id: $id) { occurredOn } }", Map.of("id", incident.id.toString()))
                .body("data.incident.occurredOn", equalTo("1582-10-10"));
    }

    @Test
    void readFiltersRefuseDatesOutsideTheSupportedRange() {
        GraphQL.post(INCIDENTS, Map.of("filter", Map.of("from", "1582-10-10")))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", containsString("filter.from"));
        GraphQL.post("{ talks(filter: { to: \"2201-01-01\" }) { nodes { id } } }", Map.of())
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", containsString("filter.to"));
        GraphQL.post("{ timeline(from: \"0001-01-01\", to: \"2025-01-01\") { nodes { __typename } } }", Map.of())
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", containsString("from"));
        GraphQL.post("{ incidentStats(groupBy: [], asOf: \"9999-12-31\") { incidents } }", Map.of())
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", containsString("asOf"));
    }

    @Test
    void anInvalidDateInsideAFilterNamesTheFieldNotAJavaClass() {
        refused(GraphQL.post(INCIDENTS, Map.of("filter", Map.of("from", "2020-13-45"))), "BAD_USER_INPUT", "filter.from");
    }

    @Test
    void aValueOfTheWrongKindIsRefusedBeforeAnyResolverRuns() {
        var before = database.take();
        // FuzzTest found a string for a Float answering null and an INTERNAL_ERROR: SmallRye's own scalars let it
        // through, and reading it into the Java record failed inside the resolver.
        for (Object longitude : List.of("a", "a\udc00\ud800b", true, Map.of("unexpected", 1), List.of(30.7))) {
            Map<String, Object> input = report("2020-01-01");
            input.put("place", Map.of("country", "Ukraine", "longitude", longitude));
            refused(edit(REPORT, input), "BAD_USER_INPUT", "input.place.longitude");
        }
        for (Object conflictId : List.of(Map.of("unexpected", "x"), true, 1.5, List.of("1"))) {
            Map<String, Object> input = report("2020-01-01");
            input.put("conflictId", conflictId);
            refused(edit(REPORT, input), "BAD_USER_INPUT", "input.conflictId");
        }
        assertEquals(before, database.take());

        for (Object updatedSince : List.of("x", "2025-12-01", "2025-12-01T00:00:00", "2025-12-01 00:00:00Z", 5)) {
            refused(GraphQL.post(INCIDENTS, Map.of("filter", Map.of("updatedSince", updatedSince))), "BAD_USER_INPUT",
                    "filter.updatedSince");
        }
        for (String updatedSince : List.of("2025-12-01T00:00:00Z", "2025-12-01T00:00:00.5+02:00")) {
            GraphQL.post(INCIDENTS, Map.of("filter", Map.of("updatedSince", updatedSince))).body("errors", nullValue());
        }
        refused(GraphQL.post(INCIDENTS, Map.of("filter", Map.of("text", 5))), "BAD_USER_INPUT", "filter.text");
        refused(GraphQL.post(INCIDENTS, Map.of("filter", Map.of("civiliansTargeted", "yes"))), "BAD_USER_INPUT",
                "filter.civiliansTargeted");
        refused(GraphQL.post(INCIDENTS, Map.of("filter", Map.of("verification", List.of("CLAIMED", "NOPE")))),
                "BAD_USER_INPUT", "filter.verification[1]");
        refused(GraphQL.post(INCIDENTS, Map.of("filter", 5)), "BAD_USER_INPUT", "filter");
        refused(GraphQL.post(INCIDENTS, Map.of("filter", List.of(Map.of()))), "BAD_USER_INPUT", "filter");
    }

    @Test
    void aValueOfTheWrongKindWrittenInTheDocumentFailsValidationNamingTheArgument() {
        for (String filter : List.of("{ updatedSince: \"x\" }", "{ updatedSince: 5 }", "{ actorIds: [true] }",
                "{ text: 5 }", "{ civiliansTargeted: \"yes\" }", "{ nope: 1 }", "{ verification: [CLAIMED, NOPE] }",
                "{ minKilled: 1.5 }", "5")) {
            GraphQL.post("{ incidents(filter: %s) { nodes { id } } }".formatted(filter), Map.of())
                    .body("data", nullValue())
                    .body("errors", hasSize(1))
                    .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                    .body("errors[0].message", allOf(containsString("'filter"), noInternals(),
                            not(containsString("Value")), not(containsString("SRGQL"))));
        }
        GraphQL.post("""
                mutation { reportIncident(input: { occurredOn: "2020-01-01", datePrecision: DAY, verification: REPORTED,
                  place: { country: "Ukraine", longitude: "a" } }) { id } }
                """, Map.of())
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", allOf(containsString("'input.place.longitude'"), containsString("Float"),
                        not(containsString("Value{")), not(containsString("SRGQL"))));
    }

    @Test
    void aForgedCursorIsAnInvalidArgument() {
        for (String raw : List.of("v1|1|+999999999-01-01", "v1|1|0000-01-01", "v1|1|not a date", "v1|x|2025-01-01",
                "v2|1|2025-01-01", "v1|99999999999999999999|2025-01-01")) {
            String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
            GraphQL.post(INCIDENTS, Map.of("after", cursor))
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                    .body("errors[0].message", noInternals());
        }
        GraphQL.post(INCIDENTS, Map.of("after", "%%% not base64 %%%"))
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
    }

    @Test
    void aLoneSurrogateIsRefusedNotStoredAsAQuestionMark() {
        Incident incident = data.incident(LocalDate.of(2056, 3, 3), "Odesa", null, null);
        var before = database.take();
        // The JSON escape is the point of the test, so this body is written by hand: a JSON library would not
        // produce an unpaired surrogate.
        String body = """
                {"query": "mutation($input: ReviseCasualtiesInput!) { reviseCasualties(input: $input) { id qualifier } }",
                 "variables": {"input": {"incidentId": "%d", "reportedOn": "2056-03-03", "reportedOnPrecision": "DAY",
                                         "qualifier": "dozens \\ud800 wounded"}}}
                """.formatted(incident.id);
        refused(given().auth().preemptive().basic(Users.EDITOR, Users.EDITOR + "-secret")
                .contentType(ContentType.JSON).body(body).post("/graphql").then().statusCode(200),
                "INVALID_INPUT", "qualifier");
        assertEquals(before, database.take());

        String filter = """
                {"query": "query($f: IncidentFilter) { incidents(filter: $f) { nodes { id } } }",
                 "variables": {"f": {"text": "\\udc00"}}}
                """;
        given().contentType(ContentType.JSON).body(filter).post("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", containsString("filter.text"));
        // A pair is one character, and fine.
        edit(REVISE, Map.of("incidentId", incident.id, "reportedOn", "2056-03-03", "reportedOnPrecision", "DAY",
                "qualifier", "\uD83D\uDE00 wounded")).body("errors", nullValue())
                .body("data.reviseCasualties.qualifier", equalTo("\uD83D\uDE00 wounded"));
    }

    private static void refused(ValidatableResponse response, String code, String field) {
        response.body("data", nullValue())
                .body("errors[0].extensions.code", equalTo(code))
                .body("errors[0].extensions.field", equalTo(field))
                .body("errors[0].message", allOf(containsString(field), noInternals()));
    }

    private static Matcher<String> noInternals() {
        return allOf(not(containsString("dev.parley")), not(containsString("java.")), not(containsString("Exception")),
                not(containsString("select ")), not(containsString("System error")),
                not(containsString("BigDecimal")), not(containsString("HashMap")));
    }

    private static Map<String, Object> revision(Incident incident, Object killed) {
        return Map.of("incidentId", incident.id, "reportedOn", "2056-03-01", "reportedOnPrecision", "DAY", "killed", killed);
    }

    private static Map<String, Object> report(String occurredOn) {
        Map<String, Object> input = new HashMap<>();
        input.put("occurredOn", occurredOn);
        input.put("datePrecision", "DAY");
        input.put("place", Map.of("name", "Test town", "admin1", "Hostile", "country", "Ukraine"));
        input.put("verification", "REPORTED");
        return input;
    }
}
