package dev.parley.common;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import dev.parley.support.GraphQL;
import dev.parley.support.TestDatabase;
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
            Map<String, String> overrides = new java.util.HashMap<>(TestDatabase.ownDatabase("parley-empty"));
            overrides.put("parley.demo-data", "false");
            return overrides;
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
