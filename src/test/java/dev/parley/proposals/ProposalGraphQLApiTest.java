package dev.parley.proposals;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
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
                  proposals(first: 100) {
                    nodes {
                      title summary proposedBy { name }
                      provisions { ordinal kind text contested notes }
                      stances { position summary statedOn party { name } voicedBy { name } provision { kind } }
                    }
                  }
                }
                """)
                .body("errors", nullValue())
                // Other tests add proposals of their own: look for the demo plan among them.
                .body("data.proposals.nodes.title", hasItem("US peace plan"))
                .rootPath("data.proposals.nodes.find { it.title == 'US peace plan' }")
                .body("proposedBy.name", equalTo("United States"))
                .body("provisions.kind", contains("SECURITY_GUARANTEE", "TERRITORY"))
                .body("provisions.contested", contains(false, true))
                .body("provisions[1].text",
                        equalTo("Ukraine would likely be expected to cede some territory to Russia."))
                .body("stances.party.name", contains("United States", "Russia"))
                .body("stances.position", contains("CONDITIONAL", "UNCLEAR"))
                .body("stances[0].voicedBy.name", equalTo("Marco Rubio"))
                .body("stances[1].voicedBy", nullValue())
                .body("stances[0].provision", nullValue());
    }
}
