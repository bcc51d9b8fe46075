package dev.parley.common.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Failed logins are throttled per user name and per client address, for HTTP Basic and bearer tokens: once over,
 * 429 TOO_MANY_REQUESTS with Retry-After, before the password is checked. Public reads and other users' successful
 * logins are not affected. One test: the counts are state of the running app.
 */
@QuarkusTest
@TestProfile(AuthThrottleTest.SmallLimits.class)
@Tag("edge")
class AuthThrottleTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("parley.auth-throttle.max-failures-per-user", "3",
                    "parley.auth-throttle.max-failures-per-address", "6",
                    "parley.auth-throttle.window", "10m");
        }
    }

    private static final String QUERY = "{\"query\":\"{ __typename }\"}";

    private static io.restassured.response.ValidatableResponse post(RequestSpecification request) {
        return request.contentType(ContentType.JSON).body(QUERY).post("/graphql").then();
    }

    @Test
    void failedLoginsAreThrottledPerUserThenPerAddress() {
        for (int i = 0; i < 3; i++) {
            post(given().auth().preemptive().basic("editor", "guess-" + i)).statusCode(401)
                    .body("errors[0].extensions.code", equalTo("UNAUTHORIZED"));
        }
        // the user is locked: even the right password is not tried
        String retryAfter = post(given().auth().preemptive().basic("editor", "editor-secret")).statusCode(429)
                .header("Retry-After", notNullValue())
                .body("errors[0].extensions.code", equalTo("TOO_MANY_REQUESTS"))
                .extract().header("Retry-After");
        assertTrue(Integer.parseInt(retryAfter) > 0 && Integer.parseInt(retryAfter) <= 600, retryAfter);

        // another user from the same address still logs in; anonymous reads are untouched
        post(given().auth().preemptive().basic("reader", "reader-secret")).statusCode(200)
                .body("data.__typename", equalTo("Query"));
        post(given()).statusCode(200);

        // bad bearer tokens count against the address: 3 more make 6
        for (int i = 0; i < 3; i++) {
            post(given().auth().oauth2("bad.token." + i)).statusCode(401);
        }
        post(given().auth().preemptive().basic("reader", "reader-secret")).statusCode(429)
                .body("errors[0].extensions.code", equalTo("TOO_MANY_REQUESTS"));
        post(given().auth().oauth2("bad.token.again")).statusCode(429);
        post(given()).statusCode(200).body("data.__typename", equalTo("Query"));
    }
}
