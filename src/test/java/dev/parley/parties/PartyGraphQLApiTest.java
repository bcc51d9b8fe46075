package dev.parley.parties;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import dev.parley.support.GraphQL;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PartyGraphQLApiTest {

    @Test
    void partiesWithKindAndParent() {
        GraphQL.post("{ parties(first: 100) { nodes { name kind description parent { name } } } }")
                .body("errors", nullValue())
                .body("data.parties.nodes.name", hasItems("Russia", "Russian Armed Forces", "Ukraine",
                        "Security Service of Ukraine (SBU)", "United States", "Europe"))
                .body("data.parties.nodes.find { it.name == 'Security Service of Ukraine (SBU)' }.parent.name",
                        equalTo("Ukraine"))
                .body("data.parties.nodes.find { it.name == 'Security Service of Ukraine (SBU)' }.kind",
                        equalTo("SECURITY_SERVICE"))
                .body("data.parties.nodes.find { it.name == 'Europe' }.kind", equalTo("BLOC"))
                .body("data.parties.nodes.find { it.name == 'Europe' }.description",
                        equalTo("The European negotiating teams; the source names no country."))
                .body("data.parties.nodes.find { it.name == 'Russia' }.parent", nullValue());
    }

    @Test
    void peopleWithTheirPartyAndStatements() {
        GraphQL.post("{ people(first: 100) { nodes { name title party { name } statements { channel saidOn } } } }")
                .body("errors", nullValue())
                .body("data.people.nodes.find { it.name == 'Kirill Dmitriev' }.party.name", equalTo("Russia"))
                .body("data.people.nodes.find { it.name == 'Kirill Dmitriev' }.statements.channel",
                        contains("ANNOUNCEMENT", "SOCIAL_MEDIA"))
                .body("data.people.nodes.find { it.name == 'Vladimir Putin' }.statements.channel",
                        contains("PRESS_CONFERENCE"))
                .body("data.people.nodes.find { it.name == 'Donald Trump' }.title", nullValue())
                .body("data.people.nodes.find { it.name == 'Donald Trump' }.statements", equalTo(java.util.List.of()))
                .body("data.people.nodes.find { it.name == 'Marco Rubio' }.party.name", equalTo("United States"));
    }
}
