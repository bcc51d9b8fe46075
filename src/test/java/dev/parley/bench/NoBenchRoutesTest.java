package dev.parley.bench;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parley.support.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * The production build has no benchmark routes: they live in src/bench/java, compiled only by the pom's {@code bench}
 * profile (which leaves this test out).
 */
@QuarkusTest
class NoBenchRoutesTest {

    @Test
    void noBenchClasses() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("dev.parley.bench.BenchRoutes"));
    }

    @Test
    void noBaselineRoute() {
        given().contentType(ContentType.JSON).body("{\"query\":\"{ talks { nodes { id } } }\"}")
                .when().post("/bench/baseline")
                // 405 rather than 404: the static pages (the dashboard) take GET on every path
                .then().statusCode(405).header("Allow", not(containsString("POST")));
    }

    @Test
    void noTimingHeaders() {
        GraphQL.post("{ talks { nodes { id } } }")
                .header("Server-Timing", nullValue())
                .header("X-Bench-Sql-Statements", nullValue());
    }
}
