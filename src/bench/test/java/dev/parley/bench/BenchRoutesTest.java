package dev.parley.bench;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.parley.support.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;

/**
 * The benchmark build's routes (compiled only with {@code -Pbench}): the baseline serves exactly what /graphql
 * answered, and /graphql answers carry the server's time and statement count. Run by
 * {@code ./mvnw -B -Pbench test -Dtest=BenchRoutesTest} (also in .ci/run).
 */
@QuarkusTest
class BenchRoutesTest {

    @Test
    void baselineServesTheGraphQLResponse() {
        String body = Json.createObjectBuilder().add("query", GraphQL.document("miami-round.graphql")).build().toString();
        String graphql = given().contentType(ContentType.JSON).body(body).when().post("/graphql")
                .then().statusCode(200).header(BenchRoutes.SQL_STATEMENTS, notNullValue())
                .extract().asString();
        for (int i = 0; i < 2; i++) {
            given().contentType(ContentType.JSON).body(body).when().post("/bench/baseline")
                    .then().statusCode(200).body(equalTo(graphql));
        }
    }

    @Test
    void graphQLResponsesCarryServerTimeAndStatements() {
        GraphQL.post("{ talks { nodes { id } } }")
                .header("Server-Timing", notNullValue())
                .header(BenchRoutes.SQL_STATEMENTS, equalTo("1"));
    }
}
