package dev.parley.statements;

import static dev.parley.support.Editing.edit;
import static dev.parley.support.Editing.expectError;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.parley.parties.Party;
import dev.parley.parties.Person;
import dev.parley.sources.Source;
import dev.parley.support.DatabaseSnapshot;
import dev.parley.support.GraphQL;
import dev.parley.support.TestData;
import dev.parley.talks.Talks;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StatementMutationGraphQLApiTest {

    private static final String RECORD = """
            mutation($input: RecordStatementInput!) {
              recordStatement(input: $input) {
                id saidOn datePrecision channel platform quote summary version
                person { name } party { name } talks { title } sources { title } history { kind }
              }
            }
            """;
    private static final String RETRACT = """
            mutation($input: RetractInput!) { retractStatement(input: $input) { id version retraction { reason } } }
            """;

    @Inject
    TestData data;

    @Inject
    DatabaseSnapshot database;

    @Test
    void recordsAQuoteAboutTalks() {
        Party party = data.party("Speaking state 2058");
        Person minister = data.person("Minister 2058", party);
        Talks talks = data.talks("Baku round 2058", LocalDate.of(2058, 2, 1), null);
        Source source = data.source("Press agency 2058");
        Map<String, Object> input = statement(party, "2058-02-02", "DAY");
        input.put("personId", minister.id);
        input.put("channel", "SOCIAL_MEDIA");
        input.put("platform", "X");
        input.put("quote", "We are ready.");
        input.put("talksId", talks.id);
        input.put("sourceIds", List.of(source.id));
        edit(RECORD, input)
                .body("errors", nullValue())
                .body("data.recordStatement.saidOn", equalTo("2058-02-02"))
                .body("data.recordStatement.channel", equalTo("SOCIAL_MEDIA"))
                .body("data.recordStatement.quote", equalTo("We are ready."))
                .body("data.recordStatement.summary", equalTo("Ready to talk"))
                .body("data.recordStatement.person.name", equalTo("Minister 2058"))
                .body("data.recordStatement.party.name", equalTo(party.name))
                .body("data.recordStatement.talks.title", equalTo("Baku round 2058"))
                .body("data.recordStatement.sources.title", contains("Press agency 2058"))
                .body("data.recordStatement.history.kind", contains("CREATED"));
    }

    @Test
    void aDateIsNeededUnlessUndatedAndNeverInTheFuture() {
        Party party = data.party("Vague state 2058");
        var before = database.take();
        expectError(edit(RECORD, statement(party, null, "DAY")), "INVALID_INPUT", "saidOn",
                "saidOn: must be given, unless datePrecision is UNDATED (then left out)");
        expectError(edit(RECORD, statement(party, "2058-01-01", "UNDATED")), "INVALID_INPUT", "saidOn",
                "saidOn: must be given, unless datePrecision is UNDATED (then left out)");
        expectError(edit(RECORD, statement(party, "2060-02-01", "DAY")), "INVALID_INPUT", "saidOn",
                "saidOn: must be a date in the past or in the present");
        Map<String, Object> unknownParty = statement(party, "2058-01-01", "DAY");
        unknownParty.put("partyId", "987654321");
        expectError(edit(RECORD, unknownParty), "NOT_FOUND", "partyId", "partyId: no Party has id 987654321");
        assertEquals(before, database.take());
    }

    @Test
    void aRetractedStatementStaysWithItsTalksButLeavesTheList() {
        Party party = data.party("Retracting state 2058");
        Talks talks = data.talks("Tbilisi round 2058", LocalDate.of(2058, 3, 1), null);
        Map<String, Object> input = statement(party, "2058-03-02", "DAY");
        input.put("talksId", talks.id);
        String id = edit(RECORD, input).extract().path("data.recordStatement.id");
        edit(RETRACT, Map.of("id", id, "version", 0, "reason", "Misattributed"))
                .body("errors", nullValue())
                .body("data.retractStatement.version", equalTo(1))
                .body("data.retractStatement.retraction.reason", equalTo("Misattributed"));
        GraphQL.post("query($id: ID!) { talk(id: $id) { statements { id retraction { reason } } } }",
                Map.of("id", talks.id.toString()))
                .body("data.talk.statements.id", contains(id))
                .body("data.talk.statements[0].retraction.reason", equalTo("Misattributed"));
        String list = "query($all: Boolean) { statements(last: 100, includeRetracted: $all) { nodes { id } } }";
        GraphQL.post(list, Map.of()).body("data.statements.nodes.id", not(hasItem(id)));
        GraphQL.post(list, Map.of("all", true)).body("data.statements.nodes.id", hasItem(id));
        var before = database.take();
        expectError(edit(RETRACT, Map.of("id", id, "version", 0, "reason", "again")), "CONFLICT", "version",
                "version: Statement %s is at version 1, not 0; it was changed meanwhile, reload it and retry".formatted(id));
        assertEquals(before, database.take());
    }

    @AfterEach
    void leaveTheStatementListAsFound() {
        data.retractStatementsOfParties("% 2058 #%");
    }

    private static Map<String, Object> statement(Party party, String saidOn, String precision) {
        Map<String, Object> input = new HashMap<>();
        input.put("partyId", party.id);
        input.put("saidOn", saidOn);
        input.put("datePrecision", precision);
        input.put("channel", "PRESS_REMARKS");
        input.put("summary", "Ready to talk");
        return input;
    }
}
