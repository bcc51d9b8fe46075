package dev.parley.incidents;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.util.Map;

import dev.parley.support.GraphQL;
import dev.parley.support.TestData;
import dev.parley.talks.Talks;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The window of concurrentIncidents: its boundaries, open-ended talks, the per-talks limit, bad arguments. */
@QuarkusTest
class ConcurrentIncidentsTest {

    private static final String AROUND = """
            query Around($id: ID!, $days: Int!, $first: Int) {
              talk(id: $id) { concurrentIncidents(windowDays: $days, first: $first) { occurredOn } }
            }
            """;

    @Inject
    TestData data;

    private static Talks closedTalks;
    private static Talks openTalks;

    @BeforeEach
    void createTalksWithIncidentsAtTheEdges() {
        if (closedTalks != null) {
            return;
        }
        // Talks 10–12 March 2041; incidents 4 and 3 days before and after
        closedTalks = data.talks("Boundary round", LocalDate.of(2041, 3, 10), LocalDate.of(2041, 3, 12));
        for (String day : new String[] { "2041-03-06", "2041-03-07", "2041-03-11", "2041-03-15", "2041-03-16" }) {
            data.incident(LocalDate.parse(day), "Zaporizhzhia", null, null);
        }
        // Open-ended talks from 1 June 2041: the window closes n days after the start
        openTalks = data.talks("Open-ended round", LocalDate.of(2041, 6, 1), null);
        for (String day : new String[] { "2041-06-01", "2041-06-03", "2041-06-04" }) {
            data.incident(LocalDate.parse(day), "Kherson", null, null);
        }
    }

    @Test
    void windowRunsFromNDaysBeforeStartToNDaysAfterEndInclusive() {
        around(closedTalks, 3, null).body("data.talk.concurrentIncidents.occurredOn",
                contains("2041-03-07", "2041-03-11", "2041-03-15"));
        around(closedTalks, 4, null).body("data.talk.concurrentIncidents.occurredOn",
                contains("2041-03-06", "2041-03-07", "2041-03-11", "2041-03-15", "2041-03-16"));
    }

    @Test
    void zeroDaysMeansTheTalksDaysOnly() {
        around(closedTalks, 0, null).body("data.talk.concurrentIncidents.occurredOn", contains("2041-03-11"));
    }

    @Test
    void openEndedTalksCountFromTheirStart() {
        around(openTalks, 2, null).body("data.talk.concurrentIncidents.occurredOn",
                contains("2041-06-01", "2041-06-03"));
    }

    @Test
    void firstLimitsTheIncidentsPerTalksEarliestFirst() {
        around(closedTalks, 4, 2).body("data.talk.concurrentIncidents.occurredOn",
                contains("2041-03-06", "2041-03-07"));
        around(closedTalks, 4, 0).body("data.talk.concurrentIncidents", empty());
    }

    @Test
    void windowOutsideZeroTo366IsAClearError() {
        for (int days : new int[] { -1, 367 }) {
            around(closedTalks, days, null)
                    .body("data.talk", nullValue())
                    .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                    .body("errors[0].message", equalTo("windowDays must be between 0 and 366, got " + days))
                    .body("errors[0].path", contains("talk", "concurrentIncidents"))
                    .body("errors[0].extensions", not(org.hamcrest.Matchers.hasKey("exception")));
        }
        around(closedTalks, 366, null).body("errors", nullValue());
    }

    @Test
    void firstAbove100IsAClearError() {
        around(closedTalks, 3, 101)
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", startsWith("first must be between 0 and 100"));
    }

    @Test
    void aliasesWithDifferentWindowsAreLoadedSeparately() {
        GraphQL.post("""
                query($id: ID!) {
                  talk(id: $id) {
                    narrow: concurrentIncidents(windowDays: 0) { occurredOn }
                    wide: concurrentIncidents(windowDays: 4) { occurredOn }
                  }
                }
                """, Map.of("id", closedTalks.id))
                .body("errors", nullValue())
                .body("data.talk.narrow", hasSize(1))
                .body("data.talk.wide", hasSize(5));
    }

    private io.restassured.response.ValidatableResponse around(Talks talks, int days, Integer first) {
        var variables = new java.util.HashMap<String, Object>();
        variables.put("id", talks.id);
        variables.put("days", days);
        variables.put("first", first);
        return GraphQL.post(AROUND, variables);
    }
}
