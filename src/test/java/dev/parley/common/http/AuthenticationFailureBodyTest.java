package dev.parley.common.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** A failed login answers 401 with a GraphQL error body a client can switch on, and keeps the challenge. */
@QuarkusTest
class AuthenticationFailureBodyTest {

    private static final String QUERY = "{\"query\":\"{ __typename }\"}";

    @Test
    void aWrongPasswordGetsUnauthorizedWithABody() {
        given().auth().preemptive().basic("editor", "not-the-password")
                .contentType(ContentType.JSON).body(QUERY).post("/graphql").then()
                .statusCode(401)
                .header("WWW-Authenticate", matchesPattern("(?i)basic.*"))
                .contentType(startsWith("application/json"))
                .body("errors[0].extensions.code", equalTo("UNAUTHORIZED"));
    }

    @Test
    void aBadTokenGetsUnauthorizedWithABody() {
        given().auth().oauth2("not.a.token").contentType(ContentType.JSON).body(QUERY).post("/graphql").then()
                .statusCode(401)
                .body("errors[0].extensions.code", equalTo("UNAUTHORIZED"));
    }

    @Test
    void overGetToo() {
        given().auth().preemptive().basic("nobody", "nothing").queryParam("query", "{ __typename }").get("/graphql").then()
                .statusCode(401).body("errors[0].extensions.code", equalTo("UNAUTHORIZED"));
    }
}
