package dev.parley.common.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.parley.common.responsecache.ResponseCacheOn;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** A query over GET is cacheable by browsers and CDNs: ETag from the response cache, 304 when it still holds. */
@QuarkusTest
@TestProfile(ResponseCacheOn.class)
class GetCachingTest {

    private static final String QUERY = "query Conflicts { conflicts { name } }";

    @Test
    void aGetAnswerCarriesAnETagAndRevalidatesTo304() {
        String etag = given().queryParam("query", QUERY).get("/graphql").then().statusCode(200)
                .header("ETag", notNullValue())
                .header("Cache-Control", equalTo("public, no-cache"))
                .body("errors", nullValue())
                .extract().header("ETag");
        given().queryParam("query", QUERY).get("/graphql").then().statusCode(200)
                .header("Cache-Status", equalTo("parley; hit")).header("ETag", equalTo(etag));
        given().queryParam("query", QUERY).header("If-None-Match", etag).get("/graphql").then()
                .statusCode(304).body(emptyString());
    }

    @Test
    void aGetWithCredentialsIsPrivate() {
        given().auth().preemptive().basic("reader", "reader-secret").queryParam("query", QUERY).get("/graphql").then()
                .statusCode(200).header("Cache-Control", equalTo("private, no-store")).header("Cache-Status", nullValue());
    }
}
