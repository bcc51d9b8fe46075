package dev.parley.talks;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.Map;

import dev.parley.support.GraphQL;
import dev.parley.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TalksGraphQLApiTest {

    @Inject
    TestData data;

    @Test
    void talkByIdWithEveryNestedField() {
        GraphQL.post("""
                {
                  talk(id: "30") {
                    id title notes
                    venue { city region country }
                    conflict { name startedOn startPrecision }
                    mediatingParty { name kind }
                    participants { role notes talks { title } }
                    statements { channel summary }
                    proposals { title }
                    sources { title publisher publishedOn url }
                  }
                }
                """)
                .body("errors", nullValue())
                .body("data.talk.id", equalTo("30"))
                .body("data.talk.title", equalTo("Miami round"))
                .body("data.talk.venue.region", equalTo("Florida"))
                .body("data.talk.conflict.name", equalTo("Russia–Ukraine war"))
                .body("data.talk.conflict.startedOn", equalTo("2022-02-01"))
                .body("data.talk.conflict.startPrecision", equalTo("MONTH"))
                .body("data.talk.mediatingParty.name", equalTo("United States"))
                .body("data.talk.participants.talks.title", hasSize(6))
                .body("data.talk.participants[0].talks.title", equalTo("Miami round"))
                .body("data.talk.participants[0].notes",
                        equalTo("Announced on 20 December 2025 that he was heading to Miami."))
                .body("data.talk.statements.channel",
                        contains("PRESS_REMARKS", "ANNOUNCEMENT", "SOCIAL_MEDIA", "PUBLIC_POSITION"))
                .body("data.talk.proposals.title", contains("US peace plan"))
                .body("data.talk.sources.title", contains("Miami Hosts Crucial Negotiations"))
                .body("data.talk.sources[0].publisher", nullValue())
                .body("data.talk.sources[0].url", nullValue())
                .body("data.talk.notes", notNullValue());
    }

    @Test
    void unknownIdIsNullWithoutError() {
        GraphQL.post("{ talk(id: \"987654321\") { id } }")
                .body("errors", nullValue())
                .body("data.talk", nullValue());
    }

    @Test
    void malformedIdIsAClearError() {
        GraphQL.post("{ talk(id: \"miami\") { id } }")
                .body("data.talk", nullValue())
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", equalTo("id 'miami' is not a Parley id; ids are the `id` values this API returns"));
    }

    @Test
    void pagesForwardAndBackwardWithCursors() {
        for (int day = 1; day <= 3; day++) {
            data.talks("Paging round " + day, LocalDate.of(2042, 1, day), null);
        }
        String page = """
                query($first: Int, $after: String, $last: Int, $before: String) {
                  talks(filter: {from: "2042-01-01", to: "2042-12-31"}, first: $first, after: $after, last: $last, before: $before) {
                    totalCount
                    edges { cursor node { title } }
                    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                  }
                }
                """;
        var first = GraphQL.post(page, Map.of("first", 2))
                .body("errors", nullValue())
                .body("data.talks.totalCount", equalTo(3))
                .body("data.talks.edges.node.title", contains("Paging round 1", "Paging round 2"))
                .body("data.talks.pageInfo.hasNextPage", equalTo(true))
                .body("data.talks.pageInfo.hasPreviousPage", equalTo(false))
                .extract().path("data.talks.pageInfo.endCursor");
        GraphQL.post(page, Map.of("first", 2, "after", first))
                .body("data.talks.edges.node.title", contains("Paging round 3"))
                .body("data.talks.pageInfo.hasNextPage", equalTo(false))
                .body("data.talks.pageInfo.hasPreviousPage", equalTo(true));
        var last = GraphQL.post(page, Map.of("last", 1))
                .body("data.talks.edges.node.title", contains("Paging round 3"))
                .body("data.talks.pageInfo.hasPreviousPage", equalTo(true))
                .extract().path("data.talks.pageInfo.startCursor");
        GraphQL.post(page, Map.of("last", 5, "before", last))
                .body("data.talks.edges.node.title", contains("Paging round 1", "Paging round 2"))
                .body("data.talks.pageInfo.hasPreviousPage", equalTo(false))
                .body("data.talks.pageInfo.hasNextPage", equalTo(true));
    }

    @Test
    void filtersByStatusDatesVenueAndParty() {
        String titles = """
                query($filter: TalksFilter, $orderBy: TalksOrder) {
                  talks(filter: $filter, orderBy: $orderBy) { nodes { title } }
                }
                """;
        GraphQL.post(titles, Map.of("filter", Map.of("statuses", java.util.List.of("SCHEDULED"),
                        "from", "2025-12-20", "to", "2025-12-20")))
                .body("errors", nullValue())
                .body("data.talks.nodes.title", contains("Miami round"));
        GraphQL.post(titles, Map.of("filter", Map.of("statuses", java.util.List.of("CONCLUDED"), "to", "2025-12-31")))
                .body("data.talks.nodes", hasSize(0));
        GraphQL.post(titles, Map.of("filter", Map.of("venueCity", "Miami", "venueCountry", "United States")))
                .body("data.talks.nodes.title", contains("Miami round"));
        GraphQL.post(titles, Map.of("filter", Map.of("venueCity", "Istanbul")))
                .body("data.talks.nodes", hasSize(0));
        // Europe (15) sent a delegation; the SBU (13) did not, but a filter on Ukraine (12) covers its sub-parties
        GraphQL.post(titles, Map.of("filter", Map.of("partyIds", java.util.List.of("15"), "to", "2025-12-31")))
                .body("data.talks.nodes.title", contains("Miami round"));
        GraphQL.post(titles, Map.of("filter", Map.of("partyIds", java.util.List.of("13"), "to", "2025-12-31")))
                .body("data.talks.nodes", hasSize(0));

        // Talks held over a range: those still going on at its start count too
        data.talks("Long round", LocalDate.of(2049, 1, 5), LocalDate.of(2049, 1, 20));
        data.talks("Later round", LocalDate.of(2049, 2, 1), null);
        GraphQL.post(titles, Map.of("filter", Map.of("from", "2049-01-15", "to", "2049-12-31")))
                .body("data.talks.nodes.title", contains("Long round", "Later round"));
        GraphQL.post(titles, Map.of("filter", Map.of("from", "2049-01-21", "to", "2049-12-31"), "orderBy", "START_DATE_DESC"))
                .body("data.talks.nodes.title", contains("Later round"));
        GraphQL.post(titles, Map.of("filter", Map.of("from", "2049-01-01", "to", "2049-12-31"), "orderBy", "START_DATE_DESC"))
                .body("data.talks.nodes.title", contains("Later round", "Long round"));
    }

    @Test
    void invalidPagingArgumentsAreClearErrors() {
        expectInvalid("{ talks(first: 101) { nodes { id } } }", "first must be between 0 and 100, got 101");
        expectInvalid("{ talks(first: -1) { nodes { id } } }", "first must be between 0 and 100, got -1");
        expectInvalid("{ talks(first: 1, last: 1) { nodes { id } } }",
                "Pass either first (with after) or last (with before), not both");
        expectInvalid("{ talks(after: \"not-a-cursor\") { nodes { id } } }",
                "after is not a cursor issued by this service; use a cursor from pageInfo or edges");
        expectInvalid("{ talks(filter: {from: \"2025-12-31\", to: \"2025-01-01\"}) { nodes { id } } }",
                "filter.from (2025-12-31) must not be after filter.to (2025-01-01)");
    }

    @Test
    void aDateThatIsNotADateIsRejectedBeforeExecution() {
        GraphQL.post("{ talks(filter: {from: \"20 December\"}) { nodes { id } } }")
                .body("data", nullValue())
                .body("errors[0].extensions.classification", equalTo("ValidationError"))
                .body("errors[0].extensions", not(org.hamcrest.Matchers.hasKey("exception")));
    }

    private static void expectInvalid(String document, String message) {
        GraphQL.post(document)
                .body("data", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].message", equalTo(message))
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
    }
}
