package dev.parley.common.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/**
 * The answer's media type follows Accept, and with it the status of request errors (GraphQL over HTTP; the
 * graphql-http audit's SHOULDs): application/graphql-response+json → 400 for a document that does not parse or
 * validate or variables that do not coerce; application/json, *}{@code /*} or no Accept → application/json, 200.
 */
@QuarkusTest
class MediaTypeNegotiationTest {

    private static final String GRAPHQL_RESPONSE_JSON = "application/graphql-response+json";
    private static final String INVALID = "{\"query\": \"{ talk(id: \\\"30\\\") { noSuchField } }\"}";
    private static final String UNCOERCIBLE = "{\"query\": \"query($id: ID!) { talk(id: $id) { id } }\", \"variables\": {\"id\": null}}";

    @TestHTTPResource("/graphql")
    URI graphql;

    private static ValidatableResponse post(String accept, String body) {
        return given().accept(accept).contentType("application/json").body(body).post("/graphql").then();
    }

    @Test
    void noAcceptHeaderGetsApplicationJson() throws IOException, InterruptedException {
        // java.net.http sends no Accept unless told to (rest-assured always sends */*)
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(graphql)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ __typename }\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                response.headers().toString());
        assertEquals("{\"data\":{\"__typename\":\"Query\"}}", response.body());
    }

    @Test
    void anyMediaTypeOrJsonGetsApplicationJson() {
        post("*/*", "{\"query\": \"{ __typename }\"}").statusCode(200).contentType(startsWith("application/json"));
        post("application/json", "{\"query\": \"{ __typename }\"}").statusCode(200).contentType(startsWith("application/json"));
        post("text/html, */*;q=0.8", "{\"query\": \"{ __typename }\"}").statusCode(200)
                .contentType(startsWith("application/json"));
    }

    @Test
    void graphqlResponseJsonIsAnsweredInKind() {
        post(GRAPHQL_RESPONSE_JSON, "{\"query\": \"{ __typename }\"}").statusCode(200)
                .contentType(startsWith(GRAPHQL_RESPONSE_JSON)).body("data.__typename", equalTo("Query"));
        post(GRAPHQL_RESPONSE_JSON + ", application/json;q=0.9", "{\"query\": \"{ __typename }\"}").statusCode(200)
                .contentType(startsWith(GRAPHQL_RESPONSE_JSON));
    }

    @Test
    void aValidationFailureIs400UnderGraphQLResponseJsonAnd200UnderJson() {
        post(GRAPHQL_RESPONSE_JSON, INVALID).statusCode(400).contentType(startsWith(GRAPHQL_RESPONSE_JSON))
                .body("data", nullValue()).body("errors[0].message", notNullValue());
        post("application/json", INVALID).statusCode(200).body("data", nullValue()).body("errors[0].message", notNullValue());
    }

    @Test
    void aVariableCoercionFailureIs400UnderGraphQLResponseJsonAnd200UnderJson() {
        post(GRAPHQL_RESPONSE_JSON, UNCOERCIBLE).statusCode(400).body("data", nullValue());
        post("application/json", UNCOERCIBLE).statusCode(200).body("data", nullValue()).body("errors[0].message", notNullValue());
    }

    @Test
    void anAnswerWithDataIs200EvenWithErrors() {
        // an anonymous mutation is refused field by field: data is there (null), so 2xx
        post(GRAPHQL_RESPONSE_JSON, "{\"query\": \"mutation { retractTalks(input: {id: \\\"30\\\", version: 0, reason: \\\"x\\\"}) { id } }\"}")
                .statusCode(200).body("errors[0].extensions.code", equalTo("UNAUTHORIZED"));
    }

    @Test
    void aMediaTypeWeCannotProduceIs406WithAGraphQLErrorBody() {
        post("text/html", "{\"query\": \"{ __typename }\"}").statusCode(406)
                .contentType(startsWith("application/json"))
                .body("errors[0].extensions.code", equalTo("NOT_ACCEPTABLE"));
        given().accept("text/html").queryParam("query", "{ __typename }").get("/graphql").then().statusCode(406)
                .body("errors[0].extensions.code", equalTo("NOT_ACCEPTABLE"));
    }
}
