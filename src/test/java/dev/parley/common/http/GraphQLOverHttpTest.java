package dev.parley.common.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.parley.support.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/**
 * Honest HTTP for /graphql, and the checks of the graphql-cop scanner: each must come out safe.
 */
@QuarkusTest
class GraphQLOverHttpTest {

    static final String GRAPHQL_RESPONSE_JSON = "application/graphql-response+json";

    private static byte[] bytes(String body) {
        return body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static ValidatableResponse post(String body) {
        return given().contentType("application/json").body(body).post("/graphql").then();
    }

    @Test
    void malformedJsonIs400WithAGraphQLErrorBody() {
        given().contentType("application/json").body("{\"query\": ").post("/graphql").then()
                .statusCode(400)
                .body("errors[0].message", equalTo("The request body is not valid JSON"))
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        given().contentType("application/json").body("{\"variables\": {}}").post("/graphql").then()
                .statusCode(400).body("errors[0].message", equalTo("The request body needs a \"query\" string"));
    }

    @Test
    void anUnparsableDocumentIs200UnderJsonAnd400UnderGraphQLResponseJson() {
        GraphQL.send("{ talks { nodes { id }", java.util.Map.of()).statusCode(200)
                .contentType(startsWith("application/json"))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"))
                .body("errors[0].message", containsString("Invalid syntax"));
        given().accept(GRAPHQL_RESPONSE_JSON).contentType("application/json").body("{\"query\": \"{ talks { nodes { id }\"}")
                .post("/graphql").then().statusCode(400)
                .contentType(startsWith(GRAPHQL_RESPONSE_JSON))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"));
    }

    @Test
    void onlyJsonAndGraphQLBodiesExecute() {
        // text/plain and form posts are what a cross-site page can send without a preflight (CSRF)
        given().contentType("text/plain").body("{\"query\": \"{ __typename }\"}").post("/graphql").then()
                .statusCode(415).body("errors[0].extensions.code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
        given().contentType("application/x-www-form-urlencoded").formParam("query", "{ __typename }").post("/graphql").then()
                .statusCode(415);
        given().contentType("multipart/form-data").multiPart("query", "{ __typename }").post("/graphql").then()
                .statusCode(415);
        given().config(io.restassured.RestAssured.config().encoderConfig(io.restassured.config.EncoderConfig.encoderConfig()
                        .encodeContentTypeAs("application/graphql", io.restassured.http.ContentType.TEXT)))
                .contentType("application/graphql").body("{ __typename }").post("/graphql").then()
                .statusCode(200).body("data.__typename", equalTo("Query"));
        given().contentType("application/json; charset=utf-8").body("{\"query\": \"{ __typename }\"}").post("/graphql").then()
                .statusCode(200).body("data.__typename", equalTo("Query"));
    }

    @Test
    void aContentTypeRepeatedAsGraphiQLSendsItExecutes() {
        // GraphiQL's bundled page sets Content-Type twice; the browser joins them with a comma
        given().header("Content-Type", "application/json, application/json").body(bytes("{\"query\": \"{ __typename }\"}"))
                .post("/graphql").then().statusCode(200).body("data.__typename", equalTo("Query"));
        given().header("Content-Type", "application/json, text/plain").body(bytes("{\"query\": \"{ __typename }\"}"))
                .post("/graphql").then().statusCode(415);
    }

    @Test
    void getRunsQueriesButNeverAMutation() {
        given().queryParam("query", "query Q($n: ID!) { talk(id: $n) { id } __typename }")
                .queryParam("variables", "{\"n\": \"30\"}").queryParam("operationName", "Q")
                .get("/graphql").then().statusCode(200)
                .body("errors", nullValue())
                .body("data.talk.id", equalTo("30"))
                .body("data.__typename", equalTo("Query"));
        // a link or an image tag cannot write (CSRF): 405 with Allow, and a GraphQL error body
        given().queryParam("query", "mutation { retractTalks(input: {id: \"30\", version: 0, reason: \"x\"}) { id } }")
                .get("/graphql").then().statusCode(405)
                .header("Allow", equalTo("GET, POST"))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("METHOD_NOT_ALLOWED"));
        given().auth().preemptive().basic("editor", "editor-secret")
                .queryParam("query", "query A { __typename } mutation B { __typename }").queryParam("operationName", "B")
                .get("/graphql").then().statusCode(405).body("errors[0].extensions.code", equalTo("METHOD_NOT_ALLOWED"));
        given().queryParam("query", "subscription { talksUpdated(talksId: \"30\") { id } }")
                .get("/graphql").then().statusCode(405)
                .header("Allow", equalTo("GET, POST"))
                .body("errors[0].extensions.code", equalTo("SUBSCRIPTION_OVER_HTTP"));
    }

    @Test
    void getReadsItsParametersAsSent() {
        // SmallRye's own GET flattens newlines (a comment then swallows the query) and decodes parameters twice
        given().queryParam("query", "# a comment\nquery Named($t: String!) { __type(name: $t) { name } }")
                .queryParam("variables", "{\"t\": \"Query\"}").queryParam("operationName", "Named")
                .get("/graphql").then().statusCode(200).body("errors", nullValue())
                .body("data.__type.name", equalTo("Query"));
        given().queryParam("query", "{ a: __typename }").queryParam("variables", "null").queryParam("extensions", "{}")
                .get("/graphql").then().statusCode(200).body("data.a", equalTo("Query"));
    }

    @Test
    void malformedGetParametersAre400() {
        given().queryParam("query", "{ __typename }").queryParam("variables", "{not json")
                .get("/graphql").then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        given().queryParam("query", "{ __typename }").queryParam("variables", "[1]")
                .get("/graphql").then().statusCode(400).body("errors[0].message", containsString("variables"));
        given().queryParam("query", "{ __typename }").queryParam("extensions", "\"x\"")
                .get("/graphql").then().statusCode(400).body("errors[0].message", containsString("extensions"));
        given().get("/graphql").then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        // a body on a GET must not stand in for its parameters
        given().queryParam("query", "{ __typename }").contentType("application/json")
                .body(bytes("{\"query\": \"mutation { retractTalks(input: {id: \\\"30\\\", version: 0, reason: \\\"x\\\"}) { id } }\"}"))
                .get("/graphql").then().statusCode(400).body("errors[0].message", containsString("not a body"));
    }

    @Test
    void malformedParametersAre400NeverA500() {
        for (String variables : new String[] {"[]", "\"x\"", "42", "true"}) {
            post("{\"query\": \"{ __typename }\", \"variables\": " + variables + "}").statusCode(400)
                    .body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                    .body("errors[0].message", equalTo("\"variables\" must be an object (or null)"));
        }
        for (String name : new String[] {"{}", "7", "[\"a\"]"}) {
            post("{\"query\": \"{ __typename }\", \"operationName\": " + name + "}").statusCode(400)
                    .body("errors[0].message", equalTo("\"operationName\" must be a string (or null)"));
        }
        for (String extensions : new String[] {"[]", "\"x\"", "1"}) {
            post("{\"query\": \"{ __typename }\", \"extensions\": " + extensions + "}").statusCode(400)
                    .body("errors[0].message", equalTo("\"extensions\" must be an object (or null)"));
        }
        post("{\"query\": 12}").statusCode(400).body("errors[0].message", equalTo("\"query\" must be a string"));
        post("{\"query\": \"{ __typename }\", \"variables\": null, \"operationName\": null, \"extensions\": null}")
                .statusCode(200).body("data.__typename", equalTo("Query"));
    }

    @Test
    void aSubscriptionOverPostIsRefusedPointingAtTheWebSocket() {
        post("{\"query\": \"subscription { talksUpdated(talksId: \\\"30\\\") { id } }\"}").statusCode(400)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("SUBSCRIPTION_OVER_HTTP"))
                .body("errors[0].message", containsString("WebSocket at /graphql"));
        // the operation that runs is the one named
        post("{\"query\": \"query Q { __typename } subscription S { talksUpdated(talksId: \\\"30\\\") { id } }\", "
                + "\"operationName\": \"Q\"}").statusCode(200).body("data.__typename", equalTo("Query"));
        post("{\"query\": \"query Q { __typename } subscription S { talksUpdated(talksId: \\\"30\\\") { id } }\", "
                + "\"operationName\": \"S\"}").statusCode(400)
                .body("errors[0].extensions.code", equalTo("SUBSCRIPTION_OVER_HTTP"));
    }

    @Test
    void graphiqlsOwnRequestGets200Json() {
        given().header("Content-Type", "application/json, application/json").accept("application/json, multipart/mixed")
                .body(bytes("{\"query\": \"{ __typename }\", \"variables\": {}, \"operationName\": null}"))
                .post("/graphql").then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("data.__typename", equalTo("Query"));
    }

    @Test
    void arrayBatchingIsRefused() {
        given().contentType("application/json").body("[{\"query\": \"{ __typename }\"}, {\"query\": \"{ __typename }\"}]")
                .post("/graphql").then()
                .statusCode(400).body("errors[0].message", containsString("Batched requests are not supported"));
    }

    @Test
    void anOversizedBodyIs413() {
        String padding = "x".repeat(300 * 1024);
        given().contentType("application/json").body("{\"query\": \"{ __typename }\", \"variables\": {\"p\": \"" + padding + "\"}}")
                .post("/graphql").then().statusCode(413)
                .body("errors[0].extensions.code", equalTo("PAYLOAD_TOO_LARGE"));
    }

    @Test
    void directiveOverloadingIsRejectedWithoutData() {
        GraphQL.post("{ __typename @include(if: true) @include(if: true) @include(if: true) @include(if: true) "
                + "@include(if: true) @include(if: true) }")
                .body("data", nullValue())
                .body("errors[0].message", not(containsString("Exception")));
    }

    @Test
    void fieldDuplicationIsBounded() {
        GraphQL.post("{ " + "__typename ".repeat(500) + "}").body("errors", nullValue());
        GraphQL.post("{ " + "__typename ".repeat(501) + "}")
                .body("data", nullValue())
                .body("errors[0].message", containsString("fields 501 exceeds the limit of 500"));
    }

    @Test
    void noFieldSuggestionsAndNoTracing() {
        GraphQL.post("{ talk(id: \"30\") { titel } }")
                .body("data", nullValue())
                .body("errors[0].message", not(containsString("Did you mean")));
        given().contentType("application/json").body("{\"query\": \"{ __typename }\", \"extensions\": {\"tracing\": true}}")
                .post("/graphql").then().statusCode(200)
                .body("extensions", nullValue());
    }

    @Test
    void graphiqlAndIntrospectionAreOnByDefault() {
        given().get("/q/graphql-ui/").then().statusCode(200);
        GraphQL.post("{ __schema { queryType { name } } }").body("data.__schema.queryType.name", equalTo("Query"));
    }
}
