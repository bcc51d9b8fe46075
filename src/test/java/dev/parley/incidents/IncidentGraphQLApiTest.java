package dev.parley.incidents;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.Map;

import dev.parley.support.GraphQL;
import dev.parley.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IncidentGraphQLApiTest {

    @Inject
    TestData data;

    @Test
    void incidentByIdWithEveryNestedField() {
        GraphQL.post("""
                {
                  incident(id: "73") {
                    id occurredOn datePrecision target actorInferred notes
                    place { name admin1 country occupied latitude longitude }
                    actor { name kind parent { name } }
                    conflict { name }
                    casualties { killed wounded qualifier reportedOn reportedOnPrecision source { title } }
                    casualtyHistory { killed wounded }
                    sources { title }
                  }
                }
                """)
                .body("errors", nullValue())
                .body("data.incident.occurredOn", equalTo("2025-11-14"))
                .body("data.incident.target", equalTo("a market"))
                .body("data.incident.actorInferred", equalTo(true))
                .body("data.incident.place.name", equalTo("Chornomorsk"))
                .body("data.incident.place.latitude", nullValue())
                .body("data.incident.actor.name", equalTo("Russian Armed Forces"))
                .body("data.incident.actor.kind", equalTo("ARMED_FORCE"))
                .body("data.incident.actor.parent.name", equalTo("Russia"))
                .body("data.incident.conflict.name", equalTo("Russia–Ukraine war"))
                .body("data.incident.casualties.killed", equalTo(2))
                .body("data.incident.casualties.wounded", equalTo(7))
                .body("data.incident.casualties.reportedOnPrecision", equalTo("DAY"))
                .body("data.incident.casualties.source.title", equalTo("Miami Hosts Crucial Negotiations"))
                .body("data.incident.casualtyHistory", hasSize(1))
                .body("data.incident.sources.title", contains("Miami Hosts Crucial Negotiations"));
    }

    @Test
    void aRevisionIsAppendedAndBecomesTheCurrentFigure() {
        Incident incident = data.incident(LocalDate.of(2043, 5, 2), "Dnipropetrovsk", null, null);
        data.casualties(incident, LocalDate.of(2043, 5, 2), 3, 10);
        data.casualties(incident, LocalDate.of(2043, 5, 4), 5, 12);
        GraphQL.post("query($id: ID!) { incident(id: $id) { casualties { killed wounded reportedOn } "
                + "casualtyHistory { killed reportedOn } } }", Map.of("id", incident.id))
                .body("errors", nullValue())
                .body("data.incident.casualties.killed", equalTo(5))
                .body("data.incident.casualties.reportedOn", equalTo("2043-05-04"))
                .body("data.incident.casualtyHistory.killed", contains(3, 5))
                .body("data.incident.casualtyHistory.reportedOn", contains("2043-05-02", "2043-05-04"));
    }

    @Test
    void unknownIdIsNullAndMalformedIdAnError() {
        GraphQL.post("{ incident(id: \"123456789\") { id } }")
                .body("errors", nullValue())
                .body("data.incident", nullValue());
        GraphQL.post("{ incident(id: \"x\") { id } }")
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
    }

    @Test
    void listsIncidentsInADateRangeInDateOrderAndPages() {
        String page = """
                query($after: String) {
                  incidents(filter: {from: "2025-11-01", to: "2025-12-31"}, first: 3, after: $after) {
                    totalCount nodes { id occurredOn } pageInfo { hasNextPage endCursor }
                  }
                }
                """;
        String cursor = GraphQL.post(page)
                .body("errors", nullValue())
                .body("data.incidents.totalCount", equalTo(5))
                .body("data.incidents.nodes.id", contains("73", "70", "71"))
                .body("data.incidents.pageInfo.hasNextPage", equalTo(true))
                .extract().path("data.incidents.pageInfo.endCursor");
        GraphQL.post(page, Map.of("after", cursor))
                .body("data.incidents.nodes.id", contains("72", "74"))
                .body("data.incidents.pageInfo.hasNextPage", equalTo(false));
        GraphQL.post("{ incidents(filter: {from: \"2025-12-01\", to: \"2025-12-19\"}) { nodes { id } } }")
                .body("data.incidents.nodes", hasSize(0));
    }

    @Test
    void aCursorFromAnotherListIsRejected() {
        String talksCursor = GraphQL.post("{ parties(first: 1) { pageInfo { endCursor } } }")
                .extract().path("data.parties.pageInfo.endCursor");
        GraphQL.post("query($after: String) { incidents(after: $after) { nodes { id } } }", Map.of("after", talksCursor))
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
    }
}
