package dev.parley.proposals;

import static dev.parley.support.Editing.edit;
import static dev.parley.support.Editing.expectError;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.parley.parties.Party;
import dev.parley.parties.Person;
import dev.parley.support.DatabaseSnapshot;
import dev.parley.support.GraphQL;
import dev.parley.support.TestData;
import dev.parley.talks.Talks;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProposalMutationGraphQLApiTest {

    private static final String ADD_PROPOSAL = """
            mutation($input: AddProposalInput!) { addProposal(input: $input) { id title summary presentedOn proposedBy { name } } }
            """;
    private static final String ADD_PROVISION = """
            mutation($input: AddProvisionInput!) { addProvision(input: $input) { id kind text contested ordinal } }
            """;
    private static final String RECORD_STANCE = """
            mutation($input: RecordStanceInput!) {
              recordStance(input: $input) { id position summary statedOn party { name } voicedBy { name } provision { text } }
            }
            """;

    @Inject
    TestData data;

    @Inject
    DatabaseSnapshot database;

    @Test
    void aProposalGetsNumberedProvisionsAndStances() {
        Party proposer = data.party("Proposing state 2059");
        Person envoy = data.person("Envoy 2059", proposer);
        Talks talks = data.talks("Helsinki round 2059", LocalDate.of(2059, 5, 1), null);
        String proposalId = edit(ADD_PROPOSAL, Map.of("title", "Helsinki plan 2059", "summary", "Ten points",
                "presentedOn", "2059-05-01", "proposedByPartyId", proposer.id, "talksIds", List.of(talks.id)))
                .body("errors", nullValue())
                .body("data.addProposal.proposedBy.name", equalTo(proposer.name))
                .extract().path("data.addProposal.id");
        edit(ADD_PROVISION, Map.of("proposalId", proposalId, "kind", "CEASEFIRE", "text", "A ceasefire along the line"))
                .body("errors", nullValue())
                .body("data.addProvision.ordinal", equalTo(1))
                .body("data.addProvision.contested", equalTo(false));
        String provisionId = edit(ADD_PROVISION, Map.of("proposalId", proposalId, "kind", "TERRITORY",
                "text", "Frozen lines", "contested", true))
                .body("data.addProvision.ordinal", equalTo(2))
                .extract().path("data.addProvision.id");
        edit(RECORD_STANCE, Map.of("proposalId", proposalId, "provisionId", provisionId, "partyId", proposer.id,
                "voicedByPersonId", envoy.id, "position", "CONDITIONAL", "summary", "Only with guarantees",
                "statedOn", "2059-05-02"))
                .body("errors", nullValue())
                .body("data.recordStance.position", equalTo("CONDITIONAL"))
                .body("data.recordStance.voicedBy.name", equalTo("Envoy 2059"))
                .body("data.recordStance.provision.text", equalTo("Frozen lines"));
        GraphQL.post("query($id: ID!) { talk(id: $id) { proposals { title provisions { ordinal kind } stances { summary } } } }",
                Map.of("id", talks.id.toString()))
                .body("data.talk.proposals.title", contains("Helsinki plan 2059"))
                .body("data.talk.proposals[0].provisions.ordinal", contains(1, 2))
                .body("data.talk.proposals[0].provisions.kind", contains("CEASEFIRE", "TERRITORY"))
                .body("data.talk.proposals[0].stances.summary", contains("Only with guarantees"));
    }

    @Test
    void aStanceMayOnlyConcernTheProposalsOwnProvisions() {
        Party party = data.party("Objecting state 2059");
        String first = edit(ADD_PROPOSAL, Map.of("title", "First plan 2059")).extract().path("data.addProposal.id");
        String second = edit(ADD_PROPOSAL, Map.of("title", "Second plan 2059")).extract().path("data.addProposal.id");
        String provisionOfSecond = edit(ADD_PROVISION, Map.of("proposalId", second, "kind", "SANCTIONS",
                "text", "Relief")).extract().path("data.addProvision.id");
        var before = database.take();
        expectError(edit(RECORD_STANCE, Map.of("proposalId", first, "provisionId", provisionOfSecond,
                "partyId", party.id, "position", "OPPOSES", "summary", "No")), "INVALID_INPUT", "provisionId",
                "provisionId: provision %s belongs to another proposal, not %s".formatted(provisionOfSecond, first));
        expectError(edit(ADD_PROVISION, Map.of("proposalId", "987654321", "kind", "SANCTIONS", "text", "Relief")),
                "NOT_FOUND", "proposalId", "proposalId: no Proposal has id 987654321");
        expectError(edit(ADD_PROPOSAL, Map.of("title", "Plan", "talksIds", List.of("987654321"))), "NOT_FOUND",
                "talksIds[0]", "talksIds[0]: no Talks has id 987654321");
        expectError(edit(RECORD_STANCE, Map.of("proposalId", first, "partyId", party.id, "position", "OPPOSES",
                "summary", "")), "INVALID_INPUT", "summary", "summary: must not be blank");
        assertEquals(before, database.take());
    }
}
