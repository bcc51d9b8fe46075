package dev.parley.talks;

import static dev.parley.support.Editing.edit;
import static dev.parley.support.Editing.expectError;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;

import dev.parley.parties.Party;
import dev.parley.parties.Person;
import dev.parley.support.DatabaseSnapshot;
import dev.parley.support.GraphQL;
import dev.parley.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ParticipationMutationTest {

    private static final String ADD = """
            mutation($input: AddParticipantInput!) {
              addParticipant(input: $input) { id role attendance notes version person { name } party { name } talks { title } }
            }
            """;
    private static final String ATTENDANCE = """
            mutation($input: UpdateAttendanceInput!) {
              updateAttendance(input: $input) { id attendance notes version }
            }
            """;

    @Inject
    TestData data;

    @Inject
    DatabaseSnapshot database;

    @Test
    void addsANamedEnvoyAndAPartyOnlyDelegation() {
        Party party = data.party("Delegating state 2053");
        Person envoy = data.person("Envoy 2053", party);
        Talks talks = data.talks("Ankara round 2053", LocalDate.of(2053, 1, 10), null);
        edit(ADD, Map.of("talksId", talks.id, "partyId", party.id, "personId", envoy.id, "role", "ENVOY",
                "attendance", "EN_ROUTE", "notes", "Flying in"))
                .body("errors", nullValue())
                .body("data.addParticipant.role", equalTo("ENVOY"))
                .body("data.addParticipant.attendance", equalTo("EN_ROUTE"))
                .body("data.addParticipant.notes", equalTo("Flying in"))
                .body("data.addParticipant.version", equalTo(0))
                .body("data.addParticipant.person.name", equalTo("Envoy 2053"))
                .body("data.addParticipant.party.name", equalTo(party.name))
                .body("data.addParticipant.talks.title", equalTo("Ankara round 2053"));
        edit(ADD, Map.of("talksId", talks.id, "partyId", party.id, "role", "DELEGATION", "attendance", "ARRIVED"))
                .body("errors", nullValue())
                .body("data.addParticipant.person", nullValue());
        GraphQL.post("query($id: ID!) { talk(id: $id) { participants { role person { name } } } }",
                Map.of("id", talks.id.toString()))
                .body("data.talk.participants.role", contains("ENVOY", "DELEGATION"));
    }

    @Test
    void onlyADelegationMayGoUnnamed() {
        Party party = data.party("Anonymous state 2053");
        Talks talks = data.talks("Cairo round 2053", LocalDate.of(2053, 2, 10), null);
        var before = database.take();
        expectError(edit(ADD, Map.of("talksId", talks.id, "partyId", party.id, "role", "MEDIATOR",
                "attendance", "CONFIRMED")), "INVALID_INPUT", "personId",
                "personId: is required unless the role is DELEGATION (a party's team with no named member)");
        assertEquals(before, database.take());
    }

    @Test
    void unknownTalksOrPeopleAreNotFound() {
        Party party = data.party("Lost state 2053");
        Talks talks = data.talks("Doha round 2053", LocalDate.of(2053, 3, 10), null);
        var before = database.take();
        expectError(edit(ADD, Map.of("talksId", "987654321", "partyId", party.id, "role", "DELEGATION",
                "attendance", "CONFIRMED")), "NOT_FOUND", "talksId", "talksId: no Talks has id 987654321");
        expectError(edit(ADD, Map.of("talksId", talks.id, "partyId", party.id, "personId", talks.id, "role", "ENVOY",
                "attendance", "CONFIRMED")), "NOT_FOUND", "personId", "personId: no Person has id " + talks.id);
        assertEquals(before, database.take());
    }

    @Test
    void attendanceChangesAndAStaleVersionIsAConflict() {
        Party party = data.party("Arriving state 2053");
        Talks talks = data.talks("Rome round 2053", LocalDate.of(2053, 4, 10), null);
        Participation participation = data.participant(talks, party, null, ParticipationRole.DELEGATION);
        edit(ATTENDANCE, Map.of("participationId", participation.id, "version", 0, "attendance", "ARRIVED",
                "notes", "Landed this morning"))
                .body("errors", nullValue())
                .body("data.updateAttendance.attendance", equalTo("ARRIVED"))
                .body("data.updateAttendance.notes", equalTo("Landed this morning"))
                .body("data.updateAttendance.version", equalTo(1));
        var before = database.take();
        expectError(edit(ATTENDANCE, Map.of("participationId", participation.id, "version", 0,
                "attendance", "DEPARTED")), "CONFLICT", "version",
                "version: Participation %d is at version 1, not 0; it was changed meanwhile, reload it and retry"
                        .formatted(participation.id));
        assertEquals(before, database.take());
        GraphQL.post("query($id: ID!) { talk(id: $id) { participants { attendance history { kind changedFields } } } }",
                Map.of("id", talks.id.toString()))
                .body("data.talk.participants[0].attendance", equalTo("ARRIVED"))
                .body("data.talk.participants[0].history.kind", contains("CREATED", "UPDATED"))
                .body("data.talk.participants[0].history[1].changedFields", contains("attendance", "notes"));
    }
}
