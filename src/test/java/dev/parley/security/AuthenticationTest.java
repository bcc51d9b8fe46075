package dev.parley.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Map;

import dev.parley.support.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.Test;

/** Editors log in with HTTP Basic against the properties realm, or send a JWT signed by the identity provider. */
@QuarkusTest
class AuthenticationTest {

    private static final String ISSUER = "https://idp.parley.test";
    private static final String ADD_SOURCE = """
            mutation($input: AddSourceInput!) { addSource(input: $input) { title history { changedBy kind } } }
            """;

    @Test
    void aWrongPasswordIsRejectedBeforeAnythingRuns() {
        given().auth().preemptive().basic("editor", "not-the-password")
                .contentType(ContentType.JSON).body("{\"query\":\"{ conflicts { name } }\"}")
                .when().post("/graphql")
                .then().statusCode(401);
    }

    @Test
    void aTokenWithTheEditorGroupMayWriteAndIsNamedInTheAuditTrail() {
        String token = Jwt.issuer(ISSUER).upn("ada@newsroom.test").groups("editor").sign();
        GraphQL.postWithToken(token, ADD_SOURCE, Map.of("input", Map.of("title", "Wire report 2050")))
                .body("errors", nullValue())
                .body("data.addSource.title", equalTo("Wire report 2050"))
                .body("data.addSource.history[0].changedBy", equalTo("ada@newsroom.test"))
                .body("data.addSource.history[0].kind", equalTo("CREATED"));
    }

    @Test
    void aTokenWithoutTheEditorGroupIsForbidden() {
        String token = Jwt.issuer(ISSUER).upn("reader@newsroom.test").groups("reader").sign();
        GraphQL.postWithToken(token, ADD_SOURCE, Map.of("input", Map.of("title", "Never written")))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void aTokenSignedByAnotherKeyIsRejected() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = Jwt.issuer(ISSUER).upn("mallory").groups("editor").sign(generator.generateKeyPair().getPrivate());
        given().auth().oauth2(forged)
                .contentType(ContentType.JSON).body("{\"query\":\"{ conflicts { name } }\"}")
                .when().post("/graphql")
                .then().statusCode(401);
    }

    @Test
    void aTokenFromAnotherIssuerIsRejected() {
        String token = Jwt.issuer("https://elsewhere.test").upn("eve").groups("editor").sign();
        given().auth().oauth2(token)
                .contentType(ContentType.JSON).body("{\"query\":\"{ conflicts { name } }\"}")
                .when().post("/graphql")
                .then().statusCode(401);
    }
}
