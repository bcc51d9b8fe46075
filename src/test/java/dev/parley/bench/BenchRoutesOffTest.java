package dev.parley.bench;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.parley.support.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** A normal start has no benchmark routes and adds no benchmark headers. */
@QuarkusTest
class BenchRoutesOffTest {

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
                .header(BenchRoutes.SQL_STATEMENTS, nullValue());
    }
}
