package dev.parley.common.limits;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.parley.support.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The default limits let GraphiQL and the contract query through and stop the abusive shapes. */
@QuarkusTest
class DefaultLimitsTest {

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

    @Test
    void theContractQueryFitsTheDefaults() {
        GraphQL.post(GraphQL.document("miami-round.graphql")).body("errors", nullValue()).body("data.talks", notNullValue());
    }
}
