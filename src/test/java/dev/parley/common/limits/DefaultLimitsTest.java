package dev.parley.common.limits;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Duration;

import dev.parley.support.GraphQL;
import dev.parley.support.SubscriptionClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The default limits let GraphiQL and the contract query through and stop the abusive shapes. */
@QuarkusTest
class DefaultLimitsTest {

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void graphiqlsIntrospectionQueryRuns() {
        GraphQL.post(GraphQL.document("graphiql-introspection.graphql"))
                .body("errors", nullValue())
                .body("data.__schema.queryType.name", equalTo("Query"));
    }

    @Test
    void circularIntrospectionIsStopped() {
        String nested = "name";
        for (int i = 0; i < 8; i++) {
            nested = "fields { type { " + nested + " } }";
        }
        GraphQL.post("{ __schema { types { " + nested + " } } }")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_LIMIT_EXCEEDED"))
                .body("errors[0].message", containsString("introspection depth 19 exceeds the limit of 15"));
    }

    @Test
    void dataDepthStopsAtTwelve() {
        String twelve = "{ talk(id: \"30\") { mediatingParty { parent { parent { parent { parent { parent { parent { parent { parent { parent { name } } } } } } } } } } } }";
        GraphQL.post(twelve).body("errors", nullValue());
        GraphQL.post(twelve.replace("{ name }", "{ parent { name } }"))
                .body("errors[0].message", containsString("query depth 13 exceeds the limit of 12"));
    }

    @Test
    void aHundredAndOneAliasesAreStopped() {
        StringBuilder document = new StringBuilder("{ ");
        for (int i = 0; i < 101; i++) {
            document.append("a").append(i).append(": __typename ");
        }
        GraphQL.post(document.append("}").toString())
                .body("data", nullValue())
                .body("errors[0].message", containsString("aliases 101 exceeds the limit of 30"));
    }

    /** Each fragment spreads the one before twice: 2^levels fields from about 40 characters a level. */
    @ParameterizedTest
    @ValueSource(ints = {24, 30})
    void fragmentsSpreadTwiceAtEachLevelAreStopped(int levels) {
        StringBuilder document = new StringBuilder("{ talk(id: \"30\") { mediatingParty { ...F%d } } }\n".formatted(levels))
                .append("fragment F0 on Party { name }\n");
        for (int level = 1; level <= levels; level++) {
            document.append("fragment F%d on Party { ...F%d ...F%d }\n".formatted(level, level - 1, level - 1));
        }
        GraphQL.post(document.toString())
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_LIMIT_EXCEEDED"))
                .body("errors[0].extensions.limits", contains(
                        "fields %d exceeds the limit of 500".formatted((1L << levels) + 2)));
    }

    /** A WebSocket reaches the engine without the HTTP checks: the limits hold there too. */
    @Test
    void fragmentsSpreadTwiceAreStoppedOverWebSocket() throws Exception {
        StringBuilder document = new StringBuilder("subscription { incidentReported { ...F24 } }\n")
                .append("fragment F0 on Incident { id }\n");
        for (int level = 1; level <= 24; level++) {
            document.append("fragment F%d on Incident { ...F%d ...F%d }\n".formatted(level, level - 1, level - 1));
        }
        try (SubscriptionClient client = SubscriptionClient.subscribe(graphql, document.toString())) {
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> client.next(Duration.ofSeconds(20)));
            assertThat(refused.getMessage(), containsString("QUERY_LIMIT_EXCEEDED"));
            assertThat(refused.getMessage(), containsString("fields 16777217 exceeds the limit of 500"));
        }
    }

    /** The same, each level a field selected twice (once aliased): deep, aliased and exponential. */
    @Test
    void nestedFragmentsSpreadTwiceAreStopped() {
        StringBuilder document = new StringBuilder("{ talk(id: \"30\") { mediatingParty { ...F24 } } }\n")
                .append("fragment F0 on Party { name }\n");
        for (int level = 1; level <= 24; level++) {
            document.append("fragment F%d on Party { parent { ...F%d } up: parent { ...F%d } }\n".formatted(level, level - 1, level - 1));
        }
        GraphQL.post(document.toString())
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_LIMIT_EXCEEDED"))
                .body("errors[0].extensions.limits", contains("query depth 27 exceeds the limit of 12",
                        "aliases 16777215 exceeds the limit of 30", "fields 50331648 exceeds the limit of 500"));
    }

    @Test
    void theContractQueryFitsTheDefaults() {
        GraphQL.post(GraphQL.document("miami-round.graphql")).body("errors", nullValue()).body("data.talks", notNullValue());
    }
}
