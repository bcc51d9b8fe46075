package dev.parley.proposals;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.parley.support.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProposalGraphQLApiTest {

    @Test
    void theUsPlanWithProvisionsAndStances() {
        GraphQL.post("""
                {
                  proposals {
                    nodes {
                      title summary proposedBy { name }
                      provisions { ordinal kind text contested notes }
                      stances { position summary statedOn party { name } voicedBy { name } provision { kind } }
                    }
                  }
                }
                """)
                .body("errors", nullValue())
                .body("data.proposals.nodes.title", contains("US peace plan"))
                .body("data.proposals.nodes[0].proposedBy.name", equalTo("United States"))
                .body("data.proposals.nodes[0].provisions.kind", contains("SECURITY_GUARANTEE", "TERRITORY"))
                .body("data.proposals.nodes[0].provisions.contested", contains(false, true))
                .body("data.proposals.nodes[0].provisions[1].text",
                        equalTo("Ukraine would likely be expected to cede some territory to Russia."))
                .body("data.proposals.nodes[0].stances.party.name", contains("United States", "Russia"))
                .body("data.proposals.nodes[0].stances.position", contains("CONDITIONAL", "UNCLEAR"))
                .body("data.proposals.nodes[0].stances[0].voicedBy.name", equalTo("Marco Rubio"))
                .body("data.proposals.nodes[0].stances[1].voicedBy", nullValue())
                .body("data.proposals.nodes[0].stances[0].provision", nullValue());
    }
}
