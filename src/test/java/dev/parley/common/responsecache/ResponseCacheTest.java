package dev.parley.common.responsecache;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.parley.parties.Party;
import dev.parley.parties.PartyKind;
import dev.parley.support.Editing;
import dev.parley.support.GraphQL;
import dev.parley.support.SqlStatements;
import dev.parley.support.TestData;
import dev.parley.talks.Talks;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;

/** Repeated anonymous queries come from memory until a write, and only while they may. */
@QuarkusTest
@TestProfile(ResponseCacheOn.class)
class ResponseCacheTest {

    private static final String INCIDENTS_OF_2071 = """
            query($from: Date!) { incidents(filter: {from: $from, to: "2071-12-31"}) { nodes { id place { admin1 } } } }
            """;

    @Inject
    TestData data;

    @Inject
    SqlStatements sql;

    @Inject
    DataVersion dataVersion;

    @Test
    void aRepeatedQueryIsAnsweredFromMemoryWithTheSameBytesAndNoSql() {
        data.incident(LocalDate.of(2071, 3, 1), "Kharkiv", data.party("Cache actor 2071"), data.source("Cache source 2071"));
        String body = body(INCIDENTS_OF_2071, "2071-01-01");
        ExtractableResponse<Response> first = request(body).then().statusCode(200)
                .header("Cache-Status", equalTo("parley; fwd=miss; stored")).header("ETag", notNullValue())
                .body("data.incidents.nodes.place.admin1", contains("Kharkiv")).extract();
        long statements = sql.countDuring(() -> request(body).then().statusCode(200)
                .header("Cache-Status", equalTo("parley; hit"))
                .header("ETag", equalTo(first.header("ETag")))
                .header("Content-Type", equalTo(first.header("Content-Type")))
                .body(equalTo(first.asString())));
        assertEquals(0, statements, "a hit runs no SQL");
    }

    @Test
    void theETagSentBackGets304WithoutABody() {
        String body = body(INCIDENTS_OF_2071, "2071-02-01");
        String etag = request(body).then().statusCode(200).extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-None-Match", etag).body(body).post("/graphql")
                .then().statusCode(304).body(emptyString());
        given().contentType(ContentType.JSON).header("If-None-Match", "\"0-stale\"").body(body).post("/graphql")
                .then().statusCode(200).body("data.incidents.nodes", notNullValue());
    }

    @Test
    void aMutationDropsTheAnswersItMayChange() {
        Party actor = data.party("Cache actor 2051");
        String body = body("""
                query($from: Date!) { incidents(filter: {from: $from, to: "2051-12-31"}) { nodes { target } } }
                """, "2051-01-01");
        request(body).then().statusCode(200).body("data.incidents.nodes", equalTo(List.of()));
        request(body).then().header("Cache-Status", equalTo("parley; hit"));

        Map<String, Object> input = new HashMap<>();
        input.put("occurredOn", "2051-05-01");
        input.put("datePrecision", "DAY");
        input.put("place", Map.of("name", "Cache town", "admin1", "Sumy", "country", "Ukraine"));
        input.put("verification", "REPORTED");
        input.put("actorPartyId", actor.id);
        input.put("target", "a bridge");
        Editing.edit("mutation($input: ReportIncidentInput!) { reportIncident(input: $input) { id } }", input)
                .body("errors", nullValue());

        request(body).then().statusCode(200).header("Cache-Status", equalTo("parley; fwd=miss; stored"))
                .body("data.incidents.nodes.target", contains("a bridge"));
    }

    @Test
    void aRefusedMutationLeavesTheCacheAlone() {
        Party actor = data.party("Cache actor 2052");
        String body = cachedAnswerTo("2052-01-01");
        String report = "mutation($input: ReportIncidentInput!) { reportIncident(input: $input) { id } }";

        GraphQL.send(report, Map.of("input", reportOf(actor, "2052-05-01"))).statusCode(200)
                .body("errors[0].extensions.code", equalTo("UNAUTHORIZED"));
        request(body).then().header("Cache-Status", equalTo("parley; hit"));

        Map<String, Object> claimedWithoutClaimant = reportOf(actor, "2052-05-01");
        claimedWithoutClaimant.put("verification", "CLAIMED");
        Editing.edit(report, claimedWithoutClaimant).body("errors[0].extensions.code", equalTo("INVALID_INPUT"));
        request(body).then().header("Cache-Status", equalTo("parley; hit"));
    }

    @Test
    void aRolledBackWriteLeavesTheVersionAndACommittedOneMovesIt() {
        long before = dataVersion.current();
        QuarkusTransaction.begin();
        Party party = new Party();
        party.name = "Rolled back party";
        party.kind = PartyKind.STATE;
        party.persist();
        Panache.getEntityManager().flush(); // the insert runs, then the transaction is rolled back
        QuarkusTransaction.rollback();
        assertEquals(before, dataVersion.current(), "a rolled-back write moves nothing");

        String body = cachedAnswerTo("2053-01-01");
        Talks talks = data.talks("Cache talks 2053", LocalDate.of(2053, 1, 1), LocalDate.of(2053, 1, 2));
        request(body).then().header("Cache-Status", equalTo("parley; fwd=miss; stored"));
        data.changeNotes(talks, "changed"); // an update written by the flush at commit
        request(body).then().header("Cache-Status", equalTo("parley; fwd=miss; stored"));
    }

    @Test
    void differentVariablesAreDifferentQuestions() {
        data.incident(LocalDate.of(2073, 6, 1), "Sumy", data.party("Cache actor 2073"), data.source("Cache source 2073"));
        String document = """
                query($from: Date!) { incidents(filter: {from: $from, to: "2073-12-31"}) { nodes { occurredOn } } }
                """;
        request(body(document, "2073-01-01")).then().body("data.incidents.nodes.occurredOn", contains("2073-06-01"));
        request(body(document, "2073-07-01")).then().header("Cache-Status", not(equalTo("parley; hit")))
                .body("data.incidents.nodes", equalTo(List.of()));
        request(body(document, "2073-01-01")).then().header("Cache-Status", equalTo("parley; hit"))
                .body("data.incidents.nodes.occurredOn", contains("2073-06-01"));
    }

    @Test
    void credentialsAndNoCacheAlwaysRunTheQuery() {
        String body = body(INCIDENTS_OF_2071, "2071-04-01");
        request(body).then().statusCode(200);
        long statements = sql.countDuring(() -> given().contentType(ContentType.JSON).header("Cache-Control", "no-cache")
                .body(body).post("/graphql").then().statusCode(200).header("Cache-Status", nullValue()));
        assertTrue(statements > 0, "no-cache ran the query");
        given().auth().preemptive().basic("reader", "reader-secret").contentType(ContentType.JSON).body(body)
                .post("/graphql").then().header("Cache-Status", nullValue());
    }

    @Test
    void answersWithErrorsAreNotKept() {
        String body = body("{ incidents(first: 1000) { nodes { id } } }", null);
        for (int i = 0; i < 2; i++) {
            request(body).then().statusCode(200).header("Cache-Status", equalTo("parley; fwd=miss"))
                    .body("errors.extensions.code", hasItem("INVALID_ARGUMENT"));
        }
    }

    @Test
    void identicalMissesArrivingTogetherRunOnce() throws Exception {
        data.incident(LocalDate.of(2074, 2, 1), "Odesa", data.party("Cache actor 2074"), data.source("Cache source 2074"));
        String document = """
                query($from: Date!) { incidents(filter: {from: $from, to: "2074-12-31"}) { nodes { id place { name } actor { name } } } }
                """;
        long once = sql.countDuring(() -> request(body(document, "2074-01-02")).then().statusCode(200));
        String body = body(document, "2074-01-01");
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            long statements = sql.countDuring(() -> {
                List<Future<String>> answers = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    answers.add(clients.submit(() -> request(body).then().statusCode(200).extract().asString()));
                }
                for (Future<String> answer : answers) {
                    try {
                        assertTrue(answer.get().contains("Cache actor 2074"), answer.get());
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                }
            });
            assertEquals(once, statements, "eight identical requests ran the query's statements once");
        } finally {
            clients.shutdownNow();
        }
    }

    /** The body of a query whose answer is now in the cache. */
    private static String cachedAnswerTo(String from) {
        String body = body("""
                query($from: Date!) { incidents(filter: {from: $from, to: "2099-12-31"}) { nodes { target } } }
                """, from);
        request(body).then().statusCode(200).body("errors", nullValue());
        request(body).then().header("Cache-Status", equalTo("parley; hit"));
        return body;
    }

    private static Map<String, Object> reportOf(Party actor, String occurredOn) {
        Map<String, Object> input = new HashMap<>();
        input.put("occurredOn", occurredOn);
        input.put("datePrecision", "DAY");
        input.put("place", Map.of("name", "Cache town", "admin1", "Sumy", "country", "Ukraine"));
        input.put("verification", "REPORTED");
        input.put("actorPartyId", actor.id);
        input.put("target", "a bridge");
        return input;
    }

    private static Response request(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/graphql");
    }

    private static String body(String document, String from) {
        var builder = Json.createObjectBuilder().add("query", document);
        if (from != null) {
            builder.add("variables", Json.createObjectBuilder().add("from", from));
        }
        return builder.build().toString();
    }
}
