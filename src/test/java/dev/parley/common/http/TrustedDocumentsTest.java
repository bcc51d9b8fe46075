package dev.parley.common.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Trusted documents: with a manifest configured only its documents run, by id ({@code sha256:<hex>} or plain keys,
 * as Relay and GraphQL Code Generator write them) or by their exact text; anything else is refused unparsed.
 */
@QuarkusTest
@TestProfile(TrustedDocumentsTest.ManifestOnly.class)
@Tag("edge")
class TrustedDocumentsTest {

    public static class ManifestOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("parley.persisted-documents.trusted-manifest", "src/test/resources/http/trusted-documents.json");
        }
    }

    /** Keyed sha256:<hex> in the manifest. */
    private static final String TYPENAME = "query Typename { __typename }";
    /** Keyed by a plain id (Relay's default is an MD5). */
    private static final String TALK_ID = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";

    private static ValidatableResponse post(JsonObject body) {
        return given().contentType("application/json").body(body.encode()).post("/graphql").then();
    }

    @Test
    void aDocumentOfTheManifestRunsByItsId() {
        post(new JsonObject().put("documentId", "sha256:" + PersistedDocuments.sha256(TYPENAME))).statusCode(200)
                .body("errors", nullValue()).body("data.__typename", equalTo("Query"));
        post(new JsonObject().put("extensions", new JsonObject().put("persistedQuery",
                new JsonObject().put("version", 1).put("sha256Hash", PersistedDocuments.sha256(TYPENAME)))))
                .statusCode(200).body("data.__typename", equalTo("Query"));
        post(new JsonObject().put("documentId", TALK_ID).put("variables", new JsonObject().put("id", "30")))
                .statusCode(200).body("data.talk.id", equalTo("30"));
        given().queryParam("documentId", TALK_ID).queryParam("variables", "{\"id\": \"30\"}").get("/graphql").then()
                .statusCode(200).body("data.talk.id", equalTo("30"));
        post(new JsonObject().put("query", TYPENAME)).statusCode(200).body("data.__typename", equalTo("Query"));
    }

    @Test
    void everythingElseIsRefusedWithoutParsing() {
        post(new JsonObject().put("query", "{ conflicts { name } }")).statusCode(403)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("TRUSTED_DOCUMENT_REQUIRED"));
        // not even parsed: a broken document gets the same answer, not GRAPHQL_PARSE_FAILED
        post(new JsonObject().put("query", "{ talks { ")).statusCode(403)
                .body("errors[0].extensions.code", equalTo("TRUSTED_DOCUMENT_REQUIRED"));
        post(new JsonObject().put("documentId", "sha256:" + "1".repeat(64))).statusCode(403)
                .body("errors[0].extensions.code", equalTo("TRUSTED_DOCUMENT_REQUIRED"));
        given().queryParam("query", "{ __typename }").get("/graphql").then().statusCode(403)
                .body("errors[0].extensions.code", equalTo("TRUSTED_DOCUMENT_REQUIRED"));
        // no registration of new documents in this mode
        String other = "{ conflicts { id } }";
        post(new JsonObject().put("query", other).put("extensions", new JsonObject().put("persistedQuery",
                new JsonObject().put("version", 1).put("sha256Hash", PersistedDocuments.sha256(other))))).statusCode(403)
                .body("errors[0].extensions.code", equalTo("TRUSTED_DOCUMENT_REQUIRED"));
    }
}
