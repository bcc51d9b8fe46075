package dev.parley.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.parley.common.errors.Failures;
import dev.parley.support.ExpectedFailures;
import dev.parley.support.TestDatabase;
import dev.parley.support.Users;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

/**
 * Every code of the README's "Error codes" table, produced by a request and answered with the HTTP status the table
 * gives for each accepted media type. The table is read from the README, so a code added there without a request
 * that produces it here fails, and so does a code produced here that the table does not list.
 */
@QuarkusTest
@TestProfile(ErrorCodesTest.OneOperationAtATime.class)
class ErrorCodesTest {

    /** Room for one operation at a time and no wait, so that operations sent together meet SERVER_BUSY. */
    public static class OneOperationAtATime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(TestDatabase.ownDatabase("parley-error-codes"));
            overrides.put("parley.limits.records-in-flight", "1");
            overrides.put("parley.limits.busy-wait", "0s");
            overrides.put("parley.auth-throttle.max-failures-per-user", "3");
            return overrides;
        }
    }

    private static final String JSON = "application/json";
    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    private static final String UPDATE_TALKS = """
            mutation($input: UpdateTalksInput!) { updateTalks(input: $input) { id version } }
            """;
    private static final String SCHEDULE_TALKS = """
            mutation($input: ScheduleTalksInput!) { scheduleTalks(input: $input) { id } }
            """;

    @Inject
    AgroalDataSource dataSource;

    /** A row of the table: its first cell (the code, perhaps with a qualifier) and its statuses, null over the WebSocket. */
    private record Row(String key, String code, Integer jsonStatus, Integer graphqlResponseStatus, String when) {
    }

    /** Rows produced under another configuration or over the WebSocket, by the test the table names. */
    private static final Map<String, String> PRODUCED_ELSEWHERE = Map.of(
            "PERSISTED_QUERY_NOT_SUPPORTED", "common/http/PersistedQueriesOffTest",
            "TRUSTED_DOCUMENT_REQUIRED", "common/http/TrustedDocumentsTest",
            "TOO_MANY_OPERATIONS", "common/websocket/WebSocketLimitsTest");

    private interface Trigger {
        ValidatableResponse send(String accept) throws Exception;
    }

    @Test
    void everyCodeInTheReadmeTableIsProducedWithItsStatus() throws Exception {
        Map<String, Row> table = readmeTable();
        Map<String, Trigger> triggers = triggers();
        TreeSet<String> producible = new TreeSet<>(table.keySet());
        producible.removeAll(PRODUCED_ELSEWHERE.keySet());
        assertEquals(producible, new TreeSet<>(triggers.keySet()),
                "the README's Error codes table and the requests of this test name the same codes");
        for (var elsewhere : PRODUCED_ELSEWHERE.entrySet()) {
            String test = elsewhere.getValue();
            assertThat("the README names the test that produces " + elsewhere.getKey(),
                    table.get(elsewhere.getKey()).when(), containsString(test.substring(test.lastIndexOf('/') + 1)));
            assertThat(test + " asserts " + elsewhere.getKey(),
                    Files.readString(Path.of("src/test/java/dev/parley", test + ".java")),
                    containsString("\"" + elsewhere.getKey() + "\""));
        }
        List<String> wrong = new ArrayList<>();
        for (Row row : table.values()) {
            if (PRODUCED_ELSEWHERE.containsKey(row.key())) {
                continue;
            }
            for (String accept : List.of(JSON, GRAPHQL_RESPONSE)) {
                int expected = JSON.equals(accept) ? row.jsonStatus() : row.graphqlResponseStatus();
                var response = triggers.get(row.key()).send(accept).extract();
                List<String> codes = response.path("errors.extensions.code");
                if (response.statusCode() != expected || codes == null || !codes.contains(row.code())) {
                    wrong.add("%s with Accept %s: status %d (table: %d), codes %s".formatted(row.key(), accept,
                            response.statusCode(), expected, codes));
                }
            }
        }
        assertThat(wrong, empty());
    }

    @Test
    void engineErrorsCarryACodeAndNoDescriptionRepeatingTheMessage() {
        post(JSON, given(), "{ talk(id: \"30\") { nope } }", Map.of())
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].extensions.validationErrorType", equalTo("FieldUndefined"))
                .body("errors[0].extensions", not(hasKey("description")));
        post(JSON, given(), "query($first: Int!) { talks(first: $first) { totalCount } }", Map.of())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("Variable 'first'"));
        post(JSON, given(), "query($filter: TalksFilter) { talks(filter: $filter) { totalCount } }",
                Map.of("filter", Map.of("nope", 1)))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("Variable 'filter'"));
    }

    private Map<String, Trigger> triggers() {
        Map<String, Trigger> triggers = new LinkedHashMap<>();
        triggers.put("BAD_REQUEST", accept -> given().contentType(JSON).accept(accept).body("{\"query\": ")
                .post("/graphql").then());
        triggers.put("UNSUPPORTED_MEDIA_TYPE", accept -> given().contentType("text/plain").accept(accept)
                .body("{ talks { totalCount } }").post("/graphql").then());
        triggers.put("GRAPHQL_PARSE_FAILED", accept -> post(accept, given(), "{ talks { totalCount }", Map.of()));
        triggers.put("GRAPHQL_VALIDATION_FAILED", accept -> post(accept, given(), "{ talks { nope } }", Map.of()));
        triggers.put("BAD_USER_INPUT", accept -> post(accept, given(),
                "query($first: Int!) { talks(first: $first) { totalCount } }", Map.of()));
        triggers.put("OPERATION_RESOLUTION_FAILURE", accept -> given().contentType(JSON).accept(accept)
                .body(Json.createObjectBuilder().add("query", "query A { talks { totalCount } }")
                        .add("operationName", "B").build().toString())
                .post("/graphql").then());
        triggers.put("INVALID_ARGUMENT", accept -> post(accept, given(), "{ talks(first: 1000) { totalCount } }",
                Map.of()));
        triggers.put("INVALID_INPUT", accept -> post(accept, asEditor(), SCHEDULE_TALKS, Map.of("input",
                Map.of("title", " ", "startDate", "2050-03-05", "status", "SCHEDULED", "format", "DIRECT"))));
        triggers.put("NOT_FOUND", accept -> post(accept, asEditor(), UPDATE_TALKS, Map.of("input",
                Map.of("id", "987654321", "version", 0, "status", "CANCELLED"))));
        triggers.put("CONFLICT", accept -> post(accept, asEditor(), UPDATE_TALKS, Map.of("input",
                Map.of("id", "30", "version", 987654, "status", "CANCELLED"))));
        triggers.put("UNAUTHORIZED", accept -> post(accept, given(), UPDATE_TALKS, Map.of("input",
                Map.of("id", "30", "version", 0, "status", "CANCELLED"))));
        triggers.put("FORBIDDEN", accept -> post(accept, given().auth().preemptive().basic(Users.READER,
                Users.READER + "-secret"), UPDATE_TALKS, Map.of("input",
                        Map.of("id", "30", "version", 0, "status", "CANCELLED"))));
        triggers.put("QUERY_LIMIT_EXCEEDED", accept -> post(accept, given(),
                "{ a: talks(first: 100) { nodes { concurrentIncidents(first: 100) { id } } } "
                        + "b: talks(first: 100) { nodes { concurrentIncidents(first: 100) { id } } } "
                        + "c: talks(first: 100) { nodes { concurrentIncidents(first: 100) { id } } } }", Map.of()));
        triggers.put("NOT_ACCEPTABLE", accept -> given().contentType(JSON).accept("text/html")
                .body("{\"query\": \"{ __typename }\"}").post("/graphql").then());
        triggers.put("PAYLOAD_TOO_LARGE", accept -> given().contentType(JSON).accept(accept)
                .body("{\"query\": \"{ __typename }\", \"variables\": {\"p\": \"" + "x".repeat(300 * 1024) + "\"}}")
                .post("/graphql").then());
        triggers.put("METHOD_NOT_ALLOWED", accept -> given().accept(accept)
                .queryParam("query", "mutation { retractTalks(input: {id: \"30\", version: 0, reason: \"x\"}) { id } }")
                .get("/graphql").then());
        triggers.put("SUBSCRIPTION_OVER_HTTP", accept -> post(accept, given(),
                "subscription { talksUpdated(talksId: \"30\") { id } }", Map.of()));
        triggers.put("PERSISTED_QUERY_NOT_FOUND", accept -> given().contentType(JSON).accept(accept)
                .body(persistedQuery("0".repeat(64), null)).post("/graphql").then());
        triggers.put("PERSISTED_QUERY_HASH_MISMATCH", accept -> given().contentType(JSON).accept(accept)
                .body(persistedQuery("0".repeat(64), "{ __typename }")).post("/graphql").then());
        triggers.put("UNAUTHORIZED (bad credentials)", accept -> post(accept,
                given().auth().preemptive().basic("nobody-" + accept.length(), "wrong"), "{ __typename }", Map.of()));
        triggers.put("TOO_MANY_REQUESTS", this::tooManyRequests);
        triggers.put("SERVER_BUSY", this::serverBusy);
        triggers.put("INTERNAL_ERROR", this::internalError);
        return triggers;
    }

    private static String persistedQuery(String hash, String query) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("extensions", Json.createObjectBuilder()
                .add("persistedQuery", Json.createObjectBuilder().add("version", 1).add("sha256Hash", hash)));
        if (query != null) {
            body.add("query", query);
        }
        return body.build().toString();
    }

    /** Wrong passwords for one user until the throttle answers (3 failures per user in this profile). */
    private ValidatableResponse tooManyRequests(String accept) {
        for (int attempt = 0; attempt < 10; attempt++) {
            ValidatableResponse response = post(accept, given().auth().preemptive().basic("guesser", "guess" + attempt),
                    "{ __typename }", Map.of());
            if (response.extract().statusCode() == 429) {
                return response;
            }
        }
        throw new AssertionError("10 wrong passwords for one user were never throttled");
    }

    /** Operations sent together while only one may run: some find no room (busy-wait is 0s in this profile). */
    private ValidatableResponse serverBusy(String accept) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 50; round++) {
                List<Future<ValidatableResponse>> sent = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    sent.add(clients.submit(() -> post(accept, given(),
                            "{ incidents(first: 100) { nodes { id place { name } sources { title } } } }", Map.of())));
                }
                ValidatableResponse busy = null;
                for (Future<ValidatableResponse> answer : sent) {
                    ValidatableResponse response = answer.get(); // all of them, so that none runs on afterwards
                    List<String> codes = response.extract().path("errors.extensions.code");
                    if (codes != null && codes.contains("SERVER_BUSY")) {
                        busy = response;
                    }
                }
                if (busy != null) {
                    return busy;
                }
            }
            throw new AssertionError("50 rounds of 8 operations sent together never met SERVER_BUSY");
        } finally {
            clients.shutdownNow();
        }
    }

    /** A table gone from under the service, as LockedDownDeploymentTest does it. */
    private ValidatableResponse internalError(String accept) throws Exception {
        ExpectedFailures failures = new ExpectedFailures(Failures.class.getName());
        failures.start();
        execute("alter table conflict rename to conflict_gone");
        try {
            ValidatableResponse response = post(accept, given(), "{ conflicts { name } }", Map.of());
            String message = response.extract().path("errors[0].message");
            assertThat("the reference in " + message + " is logged", failures.referenceLogged(message));
            return response;
        } finally {
            execute("alter table conflict_gone rename to conflict");
            failures.stop();
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static RequestSpecification asEditor() {
        return given().auth().preemptive().basic(Users.EDITOR, Users.EDITOR + "-secret");
    }

    private static ValidatableResponse post(String accept, RequestSpecification request, String document,
            Map<String, ?> variables) {
        JsonObjectBuilder vars = Json.createObjectBuilder();
        variables.forEach((name, value) -> vars.add(name, toJson(value)));
        return request.contentType(JSON).accept(accept)
                .body(Json.createObjectBuilder().add("query", document).add("variables", vars).build().toString())
                .post("/graphql").then();
    }

    private static JsonValue toJson(Object value) {
        if (value instanceof Integer number) {
            return Json.createValue(number);
        }
        if (value instanceof Map<?, ?> fields) {
            JsonObjectBuilder object = Json.createObjectBuilder();
            fields.forEach((name, field) -> object.add(name.toString(), toJson(field)));
            return object.build();
        }
        return Json.createValue(value.toString());
    }

    private static Integer status(String cell) {
        return cell.trim().matches("\\d{3}") ? Integer.valueOf(cell.trim()) : null;
    }

    /** The rows of the first table under the README's "Error codes" heading. */
    private static Map<String, Row> readmeTable() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int heading = lines.indexOf("## Error codes");
        assertThat("README has an Error codes section", heading, not(equalTo(-1)));
        Map<String, Row> rows = new LinkedHashMap<>();
        boolean inTable = false;
        for (String line : lines.subList(heading + 1, lines.size())) {
            if (!line.startsWith("|")) {
                if (inTable) {
                    break;
                }
                continue;
            }
            inTable = true;
            String[] cells = line.split("\\|");
            String code = cells[1].trim();
            if (!code.startsWith("`")) {
                continue; // the header and its rule
            }
            String key = code.replace("`", "");
            rows.put(key, new Row(key, code.substring(1, code.indexOf('`', 1)), status(cells[2]), status(cells[3]),
                    cells[4].trim()));
        }
        assertThat(rows.get("INTERNAL_ERROR"), notNullValue());
        assertThat(new ArrayList<>(rows.keySet()), hasItem("GRAPHQL_VALIDATION_FAILED"));
        return rows;
    }
}
