package dev.parley.common;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import dev.parley.support.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** A production database starts with the schema only when the demo data is switched off. */
@QuarkusTest
@TestProfile(DemoDataSwitchTest.WithoutDemoData.class)
class DemoDataSwitchTest {

    public static class WithoutDemoData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("parley.demo-data", "false",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:parley-empty;DB_CLOSE_DELAY=-1");
        }
    }

    @Test
    void schemaWithoutTheMiamiRound() {
        GraphQL.post("{ talks { totalCount nodes { id } } parties { nodes { id } } talk(id: \"30\") { id } }")
                .body("errors", nullValue())
                .body("data.talks.totalCount", equalTo(0))
                .body("data.talks.nodes", empty())
                .body("data.parties.nodes", empty())
                .body("data.talk", nullValue());
    }
}
