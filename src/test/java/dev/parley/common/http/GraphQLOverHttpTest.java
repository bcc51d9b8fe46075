package dev.parley.common.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.parley.support.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Honest HTTP for /graphql, and the checks of the graphql-cop scanner: each must come out safe.
 */
@QuarkusTest
class GraphQLOverHttpTest {

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
    void anUnparsableDocumentIs400() {
        GraphQL.send("{ talks { nodes { id }", java.util.Map.of()).statusCode(400)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"))
                .body("errors[0].message", containsString("Invalid syntax"));
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
        given().config(jsonBodiesAs("application/json, application/json"))
                .header("Content-Type", "application/json, application/json").body("{\"query\": \"{ __typename }\"}")
                .post("/graphql").then().statusCode(200).body("data.__typename", equalTo("Query"));
        given().config(jsonBodiesAs("application/json, text/plain"))
                .header("Content-Type", "application/json, text/plain").body("{\"query\": \"{ __typename }\"}")
                .post("/graphql").then().statusCode(415);
    }

    /** rest-assured refuses to encode a body for a media type it does not know unless told how. */
    private static io.restassured.config.RestAssuredConfig jsonBodiesAs(String contentType) {
        return io.restassured.RestAssured.config().encoderConfig(io.restassured.config.EncoderConfig.encoderConfig()
                .encodeContentTypeAs(contentType, io.restassured.http.ContentType.TEXT));
    }

    @Test
    void getIsNotSupportedSoItCannotRunAnything() {
        given().queryParam("query", "{ __typename }").get("/graphql").then().statusCode(405);
        given().queryParam("query", "mutation { __typename }").get("/graphql").then().statusCode(405);
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
                .post("/graphql").then().statusCode(413);
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
