package dev.parley.statements;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.parley.support.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StatementGraphQLApiTest {

    private static final String STATEMENTS = """
            query($after: String) {
              statements(first: 4, after: $after) {
                nodes {
                  saidOn datePrecision channel platform quote summary
                  person { name } party { name } talks { title } sources { title }
                }
                pageInfo { hasNextPage endCursor }
              }
            }
            """;

    @Test
    void statementsInDateOrderWithUndatedPositionsLast() {
        String cursor = GraphQL.post(STATEMENTS)
                .body("errors", nullValue())
                .body("data.statements.nodes.saidOn", contains("2025-12-19", "2025-12-19", "2025-12-20", "2025-12-20"))
                .body("data.statements.nodes[0].person.name", equalTo("Marco Rubio"))
                .body("data.statements.nodes[0].quote", equalTo("There's no peace deal unless Ukraine agrees to it."))
                .body("data.statements.nodes[0].talks.title", equalTo("Miami round"))
                .body("data.statements.nodes[1].person.name", equalTo("Vladimir Putin"))
                .body("data.statements.nodes[1].talks", nullValue())
                .body("data.statements.nodes[3].platform", equalTo("X"))
                .body("data.statements.nodes[3].sources.title", contains("Miami Hosts Crucial Negotiations"))
                .extract().path("data.statements.pageInfo.endCursor");
        java.util.Map<String, Object> next = java.util.Map.of("after", cursor);
        GraphQL.post(STATEMENTS, next)
                .body("errors", nullValue())
                .body("data.statements.nodes.saidOn", contains(null, null))
                .body("data.statements.nodes.datePrecision", contains("UNDATED", "UNDATED"))
                .body("data.statements.nodes.person", contains(null, null))
                .body("data.statements.nodes.party.name", contains("Russia", "Ukraine"))
                .body("data.statements.pageInfo.hasNextPage", equalTo(false));
    }
}
