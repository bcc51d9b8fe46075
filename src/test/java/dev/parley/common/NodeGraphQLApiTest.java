package dev.parley.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Collectors;

import dev.parley.support.GraphQL;
import jakarta.inject.Inject;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NodeGraphQLApiTest {

    @Inject
    NodeTypes nodeTypes;

    @Test
    void anyRecordComesBackByItsIdAlone() {
        GraphQL.post("""
                {
                  talks: node(id: "30") { __typename id ... on Talks { title } }
                  incident: node(id: "73") { __typename ... on Incident { occurredOn } }
                  party: node(id: "13") { __typename ... on Party { name } }
                  person: node(id: "20") { __typename ... on Person { name } }
                  source: node(id: "2") { __typename ... on Source { title } }
                  report: node(id: "81") { __typename ... on CasualtyReport { killed } }
                  provision: node(id: "42") { __typename ... on Provision { kind } }
                  statement: node(id: "53") { __typename ... on Statement { platform } }
                  missing: node(id: "424242") { id }
                }
                """)
                .body("errors", nullValue())
                .body("data.talks.__typename", equalTo("Talks"))
                .body("data.talks.id", equalTo("30"))
                .body("data.talks.title", equalTo("Miami round"))
                .body("data.incident.occurredOn", equalTo("2025-11-14"))
                .body("data.party.name", equalTo("Security Service of Ukraine (SBU)"))
                .body("data.person.name", equalTo("Kirill Dmitriev"))
                .body("data.source.__typename", equalTo("Source"))
                .body("data.report.killed", equalTo(8))
                .body("data.provision.kind", equalTo("TERRITORY"))
                .body("data.statement.platform", equalTo("X"))
                .body("data.missing", nullValue());
    }

    @Test
    void everyNodeEntityIsProbedAndNothingElse() {
        assertEquals(Set.of("CasualtyReport", "Conflict", "Incident", "Participation", "Party", "Person", "Place",
                "Proposal", "Provision", "Source", "Stance", "Statement", "Talks"),
                nodeTypes.types().stream().map(Class::getSimpleName).collect(Collectors.toSet()));
    }

    @Test
    void malformedIdIsAClearError() {
        GraphQL.post("{ node(id: \"Talks:30\") { id } }")
                .body("data.node", nullValue())
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
    }
}
