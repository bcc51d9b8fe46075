package dev.parley.common.engine;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.net.URL;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.parley.support.Editing;
import dev.parley.support.GraphQL;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The README's promise: a Prometheus timer per GraphQL query and mutation, counted once per request. */
@QuarkusTest
class OperationTimersTest {

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @Test
    void eachQueryIsTimedOnce() {
        double before = count("talks", "QUERY");

        GraphQL.post("{ talks { nodes { id title } } }").body("errors", nullValue());
        GraphQL.post("query Named { talks(first: 1) { nodes { id } } }").body("errors", nullValue());

        assertThat(count("talks", "QUERY") - before, equalTo(2.0));
    }

    @Test
    void eachMutationIsTimedOnce() {
        double before = count("addSource", "MUTATION");

        Editing.edit("mutation($input: AddSourceInput!) { addSource(input: $input) { id } }",
                Map.of("title", "Timer wire")).statusCode(200).body("errors", nullValue());

        assertThat(count("addSource", "MUTATION") - before, equalTo(1.0));
    }

    /** {@code mp_graphql_seconds_count} of one operation, 0 before its first call. */
    private double count(String operation, String type) {
        String exposition = given().get(metrics).then().statusCode(200).extract().asString();
        Matcher line = Pattern.compile("(?m)^mp_graphql_seconds_count\\{([^}]*)} (\\S+)").matcher(exposition);
        while (line.find()) {
            String tags = line.group(1);
            if (tags.contains("name=\"" + operation + "\"") && tags.contains("type=\"" + type + "\"")
                    && tags.contains("source=\"false\"")) {
                return Double.parseDouble(line.group(2));
            }
        }
        return 0;
    }
}
