package dev.parley.talks;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.parley.support.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The contract document of the foundation issue, run unchanged against the demo data. */
@QuarkusTest
class MiamiRoundContractTest {

    private static final String MIAMI = "data.talks.nodes.find { it.title == 'Miami round' }";
    private static final String INCIDENTS = MIAMI + ".concurrentIncidents";

    @Test
    void returnsTheMiamiRoundWithItsParticipantsAndMediators() {
        GraphQL.post(GraphQL.document("miami-round.graphql"))
                .body("errors", nullValue())
                .body(MIAMI + ".id", equalTo("30"))
                .body(MIAMI + ".status", equalTo("SCHEDULED"))
                .body(MIAMI + ".format", equalTo("PROXIMITY"))
                .body(MIAMI + ".startDate", equalTo("2025-12-20"))
                .body(MIAMI + ".endDate", nullValue())
                .body(MIAMI + ".venue.city", equalTo("Miami"))
                .body(MIAMI + ".venue.country", equalTo("United States"))
                .body(MIAMI + ".mediators.name", contains("Steve Witkoff", "Jared Kushner"))
                .body(MIAMI + ".participants", hasSize(6))
                .body(MIAMI + ".participants.collect { [it.person?.name, it.party.name, it.role, it.attendance] }",
                        containsInAnyOrder(
                                java.util.List.of("Kirill Dmitriev", "Russia", "ENVOY", "EN_ROUTE"),
                                java.util.List.of("Steve Witkoff", "United States", "MEDIATOR", "CONFIRMED"),
                                java.util.List.of("Jared Kushner", "United States", "MEDIATOR", "CONFIRMED"),
                                java.util.Arrays.asList(null, "Ukraine", "DELEGATION", "ARRIVED"),
                                java.util.Arrays.asList(null, "Europe", "DELEGATION", "ARRIVED"),
                                java.util.List.of("Marco Rubio", "United States", "PARTICIPANT", "TENTATIVE")))
                .body(MIAMI + ".participants.find { it.person?.name == 'Marco Rubio' }.person.title",
                        equalTo("US Secretary of State"));
    }

    @Test
    void returnsTheFourIncidentsOfDecemberWithTheirFacts() {
        GraphQL.post(GraphQL.document("miami-round.graphql"))
                .body("errors", nullValue())
                .body(INCIDENTS, hasSize(4))
                .body(INCIDENTS + ".id", contains("70", "71", "72", "74"))
                .body(INCIDENTS + ".occurredOn", contains("2025-12-20", "2025-12-20", "2025-12-20", "2025-12-20"))
                .body(INCIDENTS + ".datePrecision",
                        contains("ON_OR_BEFORE", "ON_OR_BEFORE", "ON_OR_BEFORE", "ON_OR_BEFORE"))
                // Two villages captured, claimed by Russia, unverified, no casualties stated
                .body(INCIDENTS + "[0].place.admin1", equalTo("Sumy"))
                .body(INCIDENTS + "[1].place.admin1", equalTo("Donetsk"))
                .body(INCIDENTS + "[0].place.name", nullValue())
                .body(INCIDENTS + "[0].eventType", equalTo("BATTLES"))
                .body(INCIDENTS + "[0].actor.name", equalTo("Russian Armed Forces"))
                .body(INCIDENTS + "[0].verification", equalTo("CLAIMED"))
                .body(INCIDENTS + "[0].claimedBy.name", equalTo("Russia"))
                .body(INCIDENTS + "[0].casualties", nullValue())
                // The Odesa port strike: toll rose to eight, an earlier lower toll kept in the history
                .body(INCIDENTS + "[2].place.admin1", equalTo("Odesa"))
                .body(INCIDENTS + "[2].eventType", equalTo("EXPLOSIONS_REMOTE_VIOLENCE"))
                .body(INCIDENTS + "[2].subEventType", equalTo("SHELLING_ARTILLERY_MISSILE_ATTACK"))
                .body(INCIDENTS + "[2].verification", equalTo("REPORTED"))
                .body(INCIDENTS + "[2].claimedBy", nullValue())
                .body(INCIDENTS + "[2].casualties.killed", equalTo(8))
                .body(INCIDENTS + "[2].casualties.wounded", nullValue())
                .body(INCIDENTS + "[2].casualties.qualifier", equalTo("death toll rose to eight; nearly three dozen wounded"))
                .body(INCIDENTS + "[2].casualties.reportedOn", equalTo("2025-12-20"))
                .body(INCIDENTS + "[2].casualtyHistory.killed", contains(null, 8))
                // The SBU's claim in occupied Crimea
                .body(INCIDENTS + "[3].place.admin1", equalTo("Crimea"))
                .body(INCIDENTS + "[3].place.occupied", equalTo(true))
                .body(INCIDENTS + "[3].actor.name", equalTo("Security Service of Ukraine (SBU)"))
                .body(INCIDENTS + "[3].claimedBy.name", equalTo("Security Service of Ukraine (SBU)"))
                .body(INCIDENTS + "[3].verification", equalTo("CLAIMED"))
                .body(INCIDENTS + ".sources.flatten().title", contains(
                        "Miami Hosts Crucial Negotiations", "Miami Hosts Crucial Negotiations",
                        "Miami Hosts Crucial Negotiations", "Miami Hosts Crucial Negotiations"))
                .body(INCIDENTS + "[0].sources[0].publishedOn", equalTo("2025-12-20"));
    }

    @Test
    void aFortyDayWindowTakesInTheChornomorskStrike() {
        String document = GraphQL.document("miami-round.graphql").replace("windowDays: 3", "windowDays: 40");
        GraphQL.post(document)
                .body("errors", nullValue())
                .body(INCIDENTS + ".id", contains("73", "70", "71", "72", "74"))
                .body(INCIDENTS + "[0].occurredOn", equalTo("2025-11-14"))
                .body(INCIDENTS + "[0].datePrecision", equalTo("DAY"))
                .body(INCIDENTS + "[0].place.name", equalTo("Chornomorsk"))
                .body(INCIDENTS + "[0].place.admin1", equalTo("Odesa"))
                .body(INCIDENTS + "[0].subEventType", equalTo("AIR_DRONE_STRIKE"))
                .body(INCIDENTS + "[0].civiliansTargeted", equalTo(true))
                .body(INCIDENTS + "[0].casualties.killed", equalTo(2))
                .body(INCIDENTS + "[0].casualties.wounded", equalTo(7));
    }

    @Test
    void twoAliasesWithDifferentWindowsEachGetTheirOwnIncidents() {
        GraphQL.post("""
                query {
                  talk(id: "30") {
                    a: concurrentIncidents(windowDays: 1) { id }
                    b: concurrentIncidents(windowDays: 40) { id }
                    c: concurrentIncidents(windowDays: 40, first: 2) { id }
                  }
                }
                """)
                .body("errors", nullValue())
                .body("data.talk.a.id", contains("70", "71", "72", "74"))
                .body("data.talk.b.id", contains("73", "70", "71", "72", "74"))
                .body("data.talk.c.id", contains("73", "70"));
    }
}
