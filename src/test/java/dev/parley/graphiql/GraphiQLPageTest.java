package dev.parley.graphiql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The GraphiQL page is SmallRye's, with Parley's transport fix in front of its script. */
@QuarkusTest
class GraphiQLPageTest {

    @Test
    void thePageIsTheSmallRyeVersionWhoseScriptIsCopied() {
        // graphiql/smallrye-render.js is render.js of this version: copy it again when SmallRye's page changes
        given().get("/q/graphql-ui/").then().statusCode(200).body(containsString("SmallRye GraphQL (v2.17.0)"))
                .body(containsString("<script src=\"render.js\""));
    }

    @Test
    void itsScriptPicksTheTransportFromTheDocumentSent() {
        given().get("/q/graphql-ui/render.js").then().statusCode(200)
                .contentType(containsString("text/javascript"))
                .body(startsWith("// Parley: GraphiQL"))
                .body(containsString("GraphiQL.GraphQL.parse(params.query)"))
                .body(containsString("const api = '/graphql';"))
                .body(containsString("const logo = '/q/graphql-ui';"))
                .body(containsString("GraphiQL.createFetcher({"));
    }
}
