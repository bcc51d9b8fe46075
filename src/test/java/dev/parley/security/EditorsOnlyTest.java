package dev.parley.security;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import dev.parley.incidents.Incident;
import dev.parley.parties.Party;
import dev.parley.support.DatabaseSnapshot;
import dev.parley.support.GraphQL;
import dev.parley.support.TestData;
import dev.parley.support.Users;
import dev.parley.talks.Participation;
import dev.parley.talks.ParticipationRole;
import dev.parley.talks.Talks;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reads are public, writes are for editors. Every mutation the schema offers is tried anonymously and as a
 * logged-in user without the editor role, with an input that would otherwise succeed: each must be refused
 * and leave every table as it was. A mutation added without a case here makes the test fail.
 */
@QuarkusTest
class EditorsOnlyTest {

    @Inject
    TestData data;

    @Inject
    DatabaseSnapshot database;

    private Map<String, Attempt> attempts;

    record Attempt(String document, Map<String, Object> input) {
    }

    @BeforeEach
    void recordsToAimAt() {
        Party party = data.party("Refused party 2059");
        Talks talks = data.talks("Refused round 2059", LocalDate.of(2059, 3, 1), null);
        Talks talksToRetract = data.talks("Refused round 2059 to retract", LocalDate.of(2059, 3, 1), null);
        Participation participation = data.participant(talks, party, null, ParticipationRole.DELEGATION);
        Incident incident = data.incident(LocalDate.of(2059, 3, 2), "Kharkiv", party, null);
        Incident incidentToRetract = data.incident(LocalDate.of(2059, 3, 2), "Kharkiv", party, null);
        String statementId = GraphQL.postAs(Users.EDITOR, """
                mutation($input: RecordStatementInput!) { recordStatement(input: $input) { id } }
                """, Map.of("input", Map.of("partyId", party.id, "datePrecision", "UNDATED", "channel", "OTHER",
                "summary", "A statement to retract"))).extract().path("data.recordStatement.id");
        String proposalId = GraphQL.postAs(Users.EDITOR, """
                mutation($input: AddProposalInput!) { addProposal(input: $input) { id } }
                """, Map.of("input", Map.of("title", "Refused plan 2059"))).extract().path("data.addProposal.id");

        attempts = Map.ofEntries(
                attempt("scheduleTalks", "ScheduleTalksInput",
                        Map.of("title", "Never", "startDate", "2059-04-01", "status", "SCHEDULED", "format", "DIRECT")),
                attempt("updateTalks", "UpdateTalksInput", Map.of("id", talks.id, "version", 0, "status", "CANCELLED")),
                attempt("retractTalks", "RetractInput", Map.of("id", talksToRetract.id, "version", 0, "reason", "never")),
                attempt("addParticipant", "AddParticipantInput", Map.of("talksId", talks.id, "partyId", party.id,
                        "role", "DELEGATION", "attendance", "CONFIRMED")),
                attempt("updateAttendance", "UpdateAttendanceInput",
                        Map.of("participationId", participation.id, "version", 0, "attendance", "DECLINED")),
                attempt("reportIncident", "ReportIncidentInput", Map.of("occurredOn", "2059-03-03",
                        "datePrecision", "DAY", "place", Map.of("country", "Ukraine"), "verification", "REPORTED")),
                attempt("reviseCasualties", "ReviseCasualtiesInput", Map.of("incidentId", incident.id,
                        "reportedOn", "2059-03-03", "reportedOnPrecision", "DAY", "killed", 1)),
                attempt("changeVerification", "ChangeVerificationInput", Map.of("incidentId", incident.id,
                        "version", 0, "verification", "CONFIRMED", "reason", "never")),
                attempt("retractIncident", "RetractInput", Map.of("id", incidentToRetract.id, "version", 0, "reason", "never")),
                attempt("recordStatement", "RecordStatementInput", Map.of("partyId", party.id,
                        "datePrecision", "UNDATED", "channel", "OTHER", "summary", "never")),
                attempt("retractStatement", "RetractInput", Map.of("id", statementId, "version", 0, "reason", "never")),
                attempt("addSource", "AddSourceInput", Map.of("title", "Never")),
                attempt("addProposal", "AddProposalInput", Map.of("title", "Never")),
                attempt("addProvision", "AddProvisionInput",
                        Map.of("proposalId", proposalId, "kind", "CEASEFIRE", "text", "never")),
                attempt("recordStance", "RecordStanceInput", Map.of("proposalId", proposalId, "partyId", party.id,
                        "position", "OPPOSES", "summary", "never")));
    }

    @AfterEach
    void leaveTheStatementListAsFound() {
        data.retractStatementsOfParties("Refused party 2059 #%");
    }

    private static Map.Entry<String, Attempt> attempt(String mutation, String inputType, Map<String, Object> input) {
        String document = "mutation($input: %s!) { %s(input: $input) { __typename } }".formatted(inputType, mutation);
        return Map.entry(mutation, new Attempt(document, input));
    }

    @Test
    void everyMutationInTheSchemaIsTried() {
        List<String> mutations = GraphQL.post("{ __schema { mutationType { fields { name } } } }")
                .extract().path("data.__schema.mutationType.fields.name");
        assertEquals(new TreeSet<>(mutations), new TreeSet<>(attempts.keySet()),
                "every mutation needs an attempt here");
    }

    @Test
    void anonymousCallersAreRefusedAndNothingIsWritten() {
        var before = database.take();
        List<String> notRefused = new ArrayList<>();
        attempts.forEach((mutation, attempt) -> {
            String code = GraphQL.post(attempt.document(), Map.of("input", attempt.input()))
                    .body("data", nullValue())
                    .extract().path("errors[0].extensions.code");
            if (!"UNAUTHORIZED".equals(code)) {
                notRefused.add(mutation + " gave " + code);
            }
        });
        assertThat(notRefused, empty());
        assertEquals(before, database.take());
    }

    @Test
    void callersWithoutTheEditorRoleAreRefusedAndNothingIsWritten() {
        var before = database.take();
        List<String> notRefused = new ArrayList<>();
        attempts.forEach((mutation, attempt) -> {
            String code = GraphQL.postAs(Users.READER, attempt.document(), Map.of("input", attempt.input()))
                    .body("data", nullValue())
                    .extract().path("errors[0].extensions.code");
            if (!"FORBIDDEN".equals(code)) {
                notRefused.add(mutation + " gave " + code);
            }
        });
        assertThat(notRefused, empty());
        assertEquals(before, database.take());
    }

    @Test
    void theSameAttemptsSucceedForAnEditor() {
        List<String> failed = new ArrayList<>();
        attempts.forEach((mutation, attempt) -> {
            Object errors = GraphQL.postAs(Users.EDITOR, attempt.document(), Map.of("input", attempt.input()))
                    .extract().path("errors");
            if (errors != null) {
                failed.add(mutation + ": " + errors);
            }
        });
        assertThat("the refusals above are about the caller, not the input", failed, empty());
    }

    @Test
    void readsStayPublic() {
        GraphQL.post("{ talk(id: \"30\") { title } }")
                .body("errors", nullValue())
                .body("data.talk.title", equalTo("Miami round"));
    }
}
