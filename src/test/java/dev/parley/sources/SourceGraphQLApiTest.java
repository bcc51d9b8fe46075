package dev.parley.sources;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import dev.parley.support.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SourceGraphQLApiTest {

    @Test
    void theSeedArticleIsListedWithWhatItDoesNotSay() {
        GraphQL.post("{ sources(first: 100) { nodes { id title publisher publishedOn url notes } } conflicts { name } }")
                .body("errors", nullValue())
                .body("data.sources.nodes.find { it.id == '2' }.title", equalTo("Miami Hosts Crucial Negotiations"))
                .body("data.sources.nodes.find { it.id == '2' }.publisher", nullValue())
                .body("data.sources.nodes.find { it.id == '2' }.publishedOn", equalTo("2025-12-20"))
                .body("data.conflicts.name", hasItem("Russia–Ukraine war"));
    }
}
