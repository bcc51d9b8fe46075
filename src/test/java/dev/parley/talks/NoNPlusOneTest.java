package dev.parley.talks;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;

import dev.parley.incidents.Incident;
import dev.parley.parties.Party;
import dev.parley.parties.Person;
import dev.parley.sources.Source;
import dev.parley.support.GraphQL;
import dev.parley.support.SqlStatements;
import dev.parley.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract query runs a fixed number of SQL statements, however many talks and incidents it returns. */
@QuarkusTest
class NoNPlusOneTest {

    private static final LocalDate FIRST_TALKS = LocalDate.of(2040, 1, 1);
    private static final int TALKS = 25;
    private static final int INCIDENTS_PER_TALKS = 4;

    @Inject
    TestData data;

    @Inject
    SqlStatements sql;

    private static boolean created;

    @BeforeEach
    void createTwentyFiveRoundsWithIncidents() {
        if (created) {
            return;
        }
        created = true;
        Source source = data.source("N+1 test wire report");
        Party mediator = data.party("Mediating state");
        Party side = data.party("Warring side");
        Person envoy = data.person("Test envoy", mediator);
        for (int t = 0; t < TALKS; t++) {
            LocalDate start = FIRST_TALKS.plusDays(10L * t);
            Talks talks = data.talks("Round " + t, start, start.plusDays(1));
            data.participant(talks, mediator, envoy, ParticipationRole.MEDIATOR);
            data.participant(talks, side, null, ParticipationRole.DELEGATION);
            for (int i = 0; i < INCIDENTS_PER_TALKS; i++) {
                Incident incident = data.incident(start.plusDays(i % 2), "Kharkiv", side, source);
                data.casualties(incident, start.plusDays(2), 1, 2);
                data.casualties(incident, start.plusDays(3), 3, 4);
            }
        }
    }

    @Test
    void statementCountDoesNotGrowWithTalksOrIncidents() {
        long forOne = statementsForTalksUpTo(FIRST_TALKS, 1);
        long forAll = statementsForTalksUpTo(FIRST_TALKS.plusDays(10L * (TALKS - 1)), TALKS);

        assertThat("statements for 25 talks vs 1", forAll, equalTo(forOne));
        // talks, mediators, participants, person, party, concurrentIncidents, place, actor, casualties,
        // casualtyHistory, sources: one statement per field, none per row (claimedBy is null throughout)
        assertThat(forOne, lessThanOrEqualTo(11L));
    }

    private long statementsForTalksUpTo(LocalDate lastStart, int expectedTalks) {
        String document = GraphQL.document("miami-round.graphql")
                .replace("talks {", "talks(filter: {from: \"%s\", to: \"%s\"}) {".formatted(FIRST_TALKS, lastStart));
        return sql.countDuring(() -> GraphQL.post(document)
                .body("errors", nullValue())
                .body("data.talks.nodes", hasSize(expectedTalks))
                .body("data.talks.nodes[0].participants", hasSize(2))
                .body("data.talks.nodes[0].concurrentIncidents", hasSize(INCIDENTS_PER_TALKS))
                .body("data.talks.nodes[0].concurrentIncidents[0].casualtyHistory", hasSize(2))
                .body("data.talks.nodes[0].concurrentIncidents[0].casualties.killed", equalTo(3)));
    }
}
