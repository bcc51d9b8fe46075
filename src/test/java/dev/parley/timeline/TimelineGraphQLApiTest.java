package dev.parley.timeline;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import dev.parley.support.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The timeline over the demo data: 14 Nov – 31 Dec 2025 holds one round, five incidents and four dated statements. */
@QuarkusTest
class TimelineGraphQLApiTest {

    private static final String PAGE = """
            query($first: Int, $after: String, $last: Int, $before: String, $kinds: [TimelineKind!]) {
              timeline(from: "2025-11-01", to: "2025-12-31", kinds: $kinds,
                       first: $first, after: $after, last: $last, before: $before) {
                totalCount
                edges { cursor node { __typename ... on Talks { id } ... on Incident { id } ... on Statement { id } } }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              }
            }
            """;

    @Test
    void interleavesTheThreeKindsChronologically() {
        GraphQL.post(PAGE)
                .body("errors", nullValue())
                .body("data.timeline.totalCount", equalTo(10))
                .body("data.timeline.edges.node.__typename", contains("Incident", "Statement", "Statement", "Talks",
                        "Statement", "Statement", "Incident", "Incident", "Incident", "Incident"))
                .body("data.timeline.edges.node.id", contains("73", "50", "51", "30", "52", "53", "70", "71", "72", "74"));
    }

    @Test
    void pagesForwardAndBackwardAcrossKinds() {
        String end = GraphQL.post(PAGE, Map.of("first", 4))
                .body("data.timeline.edges.node.id", contains("73", "50", "51", "30"))
                .body("data.timeline.pageInfo.hasNextPage", equalTo(true))
                .extract().path("data.timeline.pageInfo.endCursor");
        GraphQL.post(PAGE, Map.of("first", 4, "after", end))
                .body("data.timeline.edges.node.id", contains("52", "53", "70", "71"))
                .body("data.timeline.pageInfo.hasPreviousPage", equalTo(true));
        String start = GraphQL.post(PAGE, Map.of("last", 3))
                .body("data.timeline.edges.node.id", contains("71", "72", "74"))
                .body("data.timeline.pageInfo.hasPreviousPage", equalTo(true))
                .body("data.timeline.pageInfo.hasNextPage", equalTo(false))
                .extract().path("data.timeline.pageInfo.startCursor");
        GraphQL.post(PAGE, Map.of("last", 3, "before", start))
                .body("data.timeline.edges.node.id", contains("52", "53", "70"));
    }

    @Test
    void kindsNarrowTheTimeline() {
        GraphQL.post(PAGE, Map.of("kinds", java.util.List.of("TALKS", "STATEMENT")))
                .body("errors", nullValue())
                .body("data.timeline.totalCount", equalTo(5))
                .body("data.timeline.edges.node.id", contains("50", "51", "30", "52", "53"));
    }

    @Test
    void incidentFilterAppliesToTheIncidentsOnly() {
        GraphQL.post("""
                { timeline(from: "2025-11-01", to: "2025-12-31", incidentFilter: {regions: ["Odesa"]}) {
                    nodes { __typename ... on Incident { id } } } }
                """)
                .body("errors", nullValue())
                .body("data.timeline.nodes.__typename", contains("Incident", "Statement", "Statement", "Talks",
                        "Statement", "Statement", "Incident"))
                .body("data.timeline.nodes.id", contains("73", null, null, null, null, null, "72"));
    }

    @Test
    void invalidRangeAndPageSizeAreClearErrors() {
        GraphQL.post("{ timeline(from: \"2025-12-31\", to: \"2025-01-01\") { nodes { __typename } } }")
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", equalTo("from (2025-12-31) must not be after to (2025-01-01)"));
        GraphQL.post("{ timeline(from: \"2025-01-01\", to: \"2025-12-31\", first: 500) { nodes { __typename } } }")
                .body("errors[0].message", equalTo("first must be between 0 and 100, got 500"));
        GraphQL.post("{ timeline(to: \"2025-12-31\") { nodes { __typename } } }")
                .body("errors[0].extensions.classification", equalTo("ValidationError"));
    }
}
