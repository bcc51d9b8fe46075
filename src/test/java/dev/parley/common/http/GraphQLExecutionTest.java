package dev.parley.common.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.junit.jupiter.api.Test;

/**
 * /graphql is answered by Parley's streaming handler, not SmallRye's (which would send the same bytes, slower): the
 * test fails if a Quarkus or SmallRye upgrade puts SmallRye's handler back in front, or if the start-up check stops
 * refusing a configuration the handler does not mirror.
 */
@QuarkusTest
class GraphQLExecutionTest {

    static final String PROBE = "X-Test-Answered-By";

    /** On requests that ask for it, tells which handler answered. */
    @ApplicationScoped
    static class AnsweredByProbe {

        void install(@Observes Router router) {
            router.post("/graphql").order(-95).handler(context -> {
                if (context.request().headers().contains(PROBE)) {
                    context.addHeadersEndHandler(v -> context.response().putHeader(PROBE,
                            Boolean.TRUE.equals(context.get(GraphQLExecution.ANSWERED)) ? "parley" : "smallrye"));
                }
                context.next();
            });
        }
    }

    @Test
    void postAndGetAreAnsweredByTheStreamingHandler() {
        given().contentType(ContentType.JSON).header(PROBE, "1").body("{\"query\":\"{ talk(id: \\\"30\\\") { title } }\"}")
                .when().post("/graphql")
                .then().statusCode(200).header(PROBE, "parley")
                .contentType("application/json;charset=UTF-8")
                .body("errors", nullValue()).body("data.talk.title", equalTo("Miami round"));
        given().header(PROBE, "1").queryParam("query", "{ talk(id: \"30\") { title } }")
                .when().get("/graphql")
                .then().statusCode(200).header(PROBE, "parley").body("data.talk.title", equalTo("Miami round"));
    }

    @Test
    void aRequestErrorKeepsItsStatusUnderGraphQLResponseJson() {
        given().contentType(ContentType.JSON).accept("application/graphql-response+json").header(PROBE, "1")
                .body("{\"query\":\"{ nope }\"}")
                .when().post("/graphql")
                .then().statusCode(400).header(PROBE, "parley")
                .contentType("application/graphql-response+json;charset=UTF-8")
                .body("data", nullValue()).body("errors[0].extensions.classification", equalTo("ValidationError"));
    }

    @Test
    void startUpRefusesAConfigurationTheHandlerDoesNotMirror() {
        GraphQLExecutionRoute route = new GraphQLExecutionRoute();
        route.rootPath = "/graphql";
        route.checkMirrored();
        route.nonBlocking = true;
        assertThrows(IllegalStateException.class, route::checkMirrored);
        route.nonBlocking = false;
        route.postQueryParameters = true;
        assertThrows(IllegalStateException.class, route::checkMirrored);
        route.postQueryParameters = false;
        route.rootPath = "/api/graphql";
        IllegalStateException refused = assertThrows(IllegalStateException.class, route::checkMirrored);
        assertEquals(true, refused.getMessage().contains("root path=/api/graphql"));
    }
}
