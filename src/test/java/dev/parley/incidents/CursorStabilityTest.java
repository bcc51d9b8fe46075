package dev.parley.incidents;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.Map;

import dev.parley.support.GraphQL;
import dev.parley.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** A cursor names a row, not an offset: inserts before it do not shift the next page. */
@QuarkusTest
class CursorStabilityTest {

    private static final String PAGE = """
            query($after: String, $before: String, $first: Int, $last: Int) {
              incidents(filter: {from: "2045-01-01", to: "2045-12-31"}, first: $first, after: $after, last: $last, before: $before) {
                nodes { occurredOn } pageInfo { startCursor endCursor }
              }
            }
            """;

    @Inject
    TestData data;

    @Test
    void nextAndPreviousPagesStayPutWhileIncidentsAreInserted() {
        for (String day : new String[] { "2045-03-01", "2045-03-02", "2045-03-03", "2045-03-04", "2045-03-05" }) {
            data.incident(LocalDate.parse(day), "Chernihiv", null, null);
        }
        var first = GraphQL.post(PAGE, Map.of("first", 2)).body("data.incidents.nodes.occurredOn",
                contains("2045-03-01", "2045-03-02"));
        String end = first.extract().path("data.incidents.pageInfo.endCursor");

        // Inserted before the cursor (would shift an offset) and after it (must show up in order)
        data.incident(LocalDate.parse("2045-02-01"), "Chernihiv", null, null);
        data.incident(LocalDate.parse("2045-03-02"), "Chernihiv", null, null);
        data.incident(LocalDate.parse("2045-03-03"), "Chernihiv", null, null);

        String next = GraphQL.post(PAGE, Map.of("first", 3, "after", end))
                .body("errors", nullValue())
                .body("data.incidents.nodes.occurredOn", contains("2045-03-02", "2045-03-03", "2045-03-03"))
                .extract().path("data.incidents.pageInfo.startCursor");
        GraphQL.post(PAGE, Map.of("last", 3, "before", next))
                .body("data.incidents.nodes.occurredOn", contains("2045-02-01", "2045-03-01", "2045-03-02"));
    }
}
