package dev.parley.common.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Automatic persisted queries as Apollo's clients use them: not found, register with the document, then the hash alone. */
@QuarkusTest
class PersistedQueriesTest {

    private static ValidatableResponse post(JsonObject body) {
        return given().contentType("application/json").body(body.encode()).post("/graphql").then();
    }

    private static JsonObject persisted(String hash) {
        return new JsonObject().put("persistedQuery", new JsonObject().put("version", 1).put("sha256Hash", hash));
    }

    @Test
    void anUnknownHashIsNotFoundThenRegisteredThenRunsAlone() {
        String document = "query PersistedTalk($id: ID!) { talk(id: $id) { id } }";
        String hash = PersistedDocuments.sha256(document);
        JsonObject variables = new JsonObject().put("id", "30");

        post(new JsonObject().put("variables", variables).put("extensions", persisted(hash))).statusCode(200)
                .body("data", nullValue())
                .body("errors[0].message", equalTo("PersistedQueryNotFound"))
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));

        post(new JsonObject().put("query", document).put("variables", variables).put("extensions", persisted(hash)))
                .statusCode(200).body("errors", nullValue()).body("data.talk.id", equalTo("30"));

        post(new JsonObject().put("variables", variables).put("extensions", persisted(hash)))
                .statusCode(200).body("errors", nullValue()).body("data.talk.id", equalTo("30"));
        // over GET too: a short URL a CDN can cache
        given().queryParam("variables", variables.encode()).queryParam("extensions", persisted(hash).encode())
                .get("/graphql").then().statusCode(200).body("data.talk.id", equalTo("30"));
        // and by documentId, as the persisted-documents proposal writes it
        post(new JsonObject().put("documentId", "sha256:" + hash).put("variables", variables))
                .statusCode(200).body("data.talk.id", equalTo("30"));
    }

    @Test
    void aNotFoundHashIs400UnderGraphQLResponseJson() {
        given().accept("application/graphql-response+json").contentType("application/json")
                .body(new JsonObject().put("extensions", persisted("0".repeat(64))).encode()).post("/graphql").then()
                .statusCode(400).body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
    }

    @Test
    void aHashThatIsNotTheDocumentsIsRefusedAndNotRegistered() {
        String hash = PersistedDocuments.sha256("{ __typename }");
        post(new JsonObject().put("query", "{ conflicts { name } }").put("extensions", persisted(hash))).statusCode(400)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_HASH_MISMATCH"));
        post(new JsonObject().put("extensions", persisted(hash)))
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
    }

    @Test
    void aDocumentThatDoesNotParseIsNotRegistered() {
        String broken = "{ talks { ";
        String hash = PersistedDocuments.sha256(broken);
        post(new JsonObject().put("query", broken).put("extensions", persisted(hash)))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"));
        post(new JsonObject().put("extensions", persisted(hash)))
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
    }

    @Test
    void aMalformedPersistedQueryExtensionIs400() {
        post(new JsonObject().put("extensions", new JsonObject().put("persistedQuery",
                new JsonObject().put("version", 2).put("sha256Hash", "ab")))).statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        post(new JsonObject().put("extensions", new JsonObject().put("persistedQuery", "ab"))).statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void aRegisteredMutationStillCannotRunOverGet() {
        String document = "mutation { retractTalks(input: {id: \"30\", version: 0, reason: \"apq\"}) { id } }";
        String hash = PersistedDocuments.sha256(document);
        post(new JsonObject().put("query", document).put("extensions", persisted(hash))).statusCode(200)
                .body("errors[0].extensions.code", equalTo("UNAUTHORIZED"));
        given().queryParam("extensions", persisted(hash).encode()).get("/graphql").then().statusCode(405)
                .body("errors[0].extensions.code", equalTo("METHOD_NOT_ALLOWED"));
    }
}
