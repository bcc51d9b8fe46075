package dev.parley.common.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** With automatic persisted queries off, a hash alone is refused so that Apollo's link stops sending hashes. */
@QuarkusTest
@TestProfile(PersistedQueriesOffTest.Off.class)
@Tag("edge")
class PersistedQueriesOffTest {

    public static class Off implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("parley.persisted-documents.automatic.enabled", "false");
        }
    }

    @Test
    void aHashAloneIsNotSupportedButTheQueryStillRuns() {
        String document = "{ __typename }";
        JsonObject extensions = new JsonObject().put("persistedQuery",
                new JsonObject().put("version", 1).put("sha256Hash", PersistedDocuments.sha256(document)));
        given().contentType("application/json").body(new JsonObject().put("extensions", extensions).encode())
                .post("/graphql").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_SUPPORTED"));
        given().contentType("application/json").body(new JsonObject().put("query", document).put("extensions", extensions).encode())
                .post("/graphql").then().statusCode(200).body("data.__typename", equalTo("Query"));
    }
}
