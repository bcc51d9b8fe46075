package dev.parley.common.limits;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import dev.parley.support.GraphQL;
import dev.parley.support.SqlStatements;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every limit at its value and one past it, with small limits so the documents stay readable; a rejected
 * query runs no SQL. The defaults are tested in {@link DefaultLimitsTest}.
 */
@QuarkusTest
@TestProfile(QueryLimitsTest.SmallLimits.class)
@Tag("edge")
class QueryLimitsTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("parley.limits.depth", "4", "parley.limits.introspection-depth", "3",
                    "parley.limits.aliases", "2", "parley.limits.fields", "8",
                    "parley.limits.directives-per-field", "1", "parley.limits.nodes", "150",
                    "parley.limits.tokens", "60", "parley.limits.document-length", "300");
        }
    }

    @Inject
    SqlStatements sql;

    @Test
    void depth() {
        accepted("{ talks { nodes { venue { city } } } }");
        rejected("{ talks { nodes { mediatingParty { parent { name } } } } }", "query depth 5 exceeds the limit of 4");
    }

    @Test
    void introspectionDepthIsItsOwn() {
        accepted("{ __schema { queryType { name } } }");
        rejected("{ __schema { queryType { fields { name } } } }", "introspection depth 4 exceeds the limit of 3");
    }

    @Test
    void aliases() {
        accepted("{ a: talk(id: \"30\") { id } b: talk(id: \"30\") { id } }");
        rejected("{ a: talk(id: \"30\") { id } b: talk(id: \"30\") { id } c: talk(id: \"30\") { id } }",
                "aliases 3 exceeds the limit of 2");
    }

    @Test
    void fields() {
        accepted("{ talk(id: \"30\") { id title status format startDate endDate notes } }");
        rejected("{ talk(id: \"30\") { id title status format startDate endDate notes venue { city } } }",
                "fields 10 exceeds the limit of 8");
    }

    @Test
    void directivesPerField() {
        accepted("{ talk(id: \"30\") { id @include(if: true) } }");
        rejected("{ talk(id: \"30\") { id @include(if: true) @skip(if: false) } }",
                "directives on one field 2 exceeds the limit of 1");
    }

    @Test
    void recordsRequested() {
        accepted("{ talks(first: 1) { nodes { concurrentIncidents(first: 100) { id } } } }");
        rejected("{ talks(first: 2) { nodes { concurrentIncidents(first: 100) { id } } } }",
                "records requested (page sizes multiplied) 202 exceeds the limit of 150");
        rejected("query($n: Int) { talks(first: $n) { nodes { concurrentIncidents(first: 100) { id } } } }",
                Map.of("n", 2), "records requested (page sizes multiplied) 202 exceeds the limit of 150");
    }

    @Test
    void tokensAndLength() {
        accepted("{ a: talk(id: \"30\") { id title } }");
        String atLength = "{ talk(id: \"30\") { id } }" + " ".repeat(300 - 25);
        GraphQL.post(atLength).body("errors", nullValue());
        GraphQL.send(atLength + " ", Map.of()).statusCode(400)
                .body("errors[0].message", equalTo("document length 301 exceeds the limit of 300 characters"));
        String manyTokens = "{ talk(id: \"30\") { " + "id ".repeat(70) + "} }";
        GraphQL.send(manyTokens, Map.of()).statusCode(400)
                .body("errors[0].message", equalTo("document tokens exceed the limit of 60"));
    }

    private void accepted(String document) {
        GraphQL.post(document).body("errors", nullValue()).body("data", notNullValue());
    }

    private void rejected(String document, String limit) {
        rejected(document, Map.of(), limit);
    }

    private void rejected(String document, Map<String, Object> variables, String limit) {
        long statements = sql.countDuring(() -> {
            ValidatableResponse response = GraphQL.post(document, variables)
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("QUERY_LIMIT_EXCEEDED"))
                    .body("errors[0].message", containsString(limit));
        });
        assertThat("SQL statements for a rejected query", statements, equalTo(0L));
    }
}
