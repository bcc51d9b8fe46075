package dev.parley.common.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;

import dev.parley.common.errors.Failures;
import dev.parley.support.ExpectedFailures;
import dev.parley.support.GraphQL;
import dev.parley.support.TestDatabase;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Introspection and GraphiQL switched off by configuration; an unexpected failure is masked. */
@QuarkusTest
@TestProfile(LockedDownDeploymentTest.LockedDown.class)
@Tag("edge")
class LockedDownDeploymentTest {

    public static class LockedDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new java.util.HashMap<>(TestDatabase.ownDatabase("parley-locked"));
            overrides.put("parley.limits.introspection", "false");
            overrides.put("quarkus.smallrye-graphql.ui.enabled", "false");
            return overrides;
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void introspectionIsRefusedButTypenameStillWorks() {
        GraphQL.post("{ __schema { queryType { name } } }")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_LIMIT_EXCEEDED"))
                .body("errors[0].message", containsString("introspection is disabled"));
        GraphQL.post("{ __type(name: \"Talks\") { name } }").body("data", nullValue());
        GraphQL.post("{ __typename talk(id: \"30\") { __typename title } }")
                .body("errors", nullValue())
                .body("data.talk.__typename", equalTo("Talks"));
    }

    @Test
    void graphiqlIsGone() {
        given().get("/q/graphql-ui/").then().statusCode(404);
    }

    @Test
    void anUnexpectedFailureShowsOnlyAReference() throws Exception {
        ExpectedFailures failures = new ExpectedFailures(Failures.class.getName());
        failures.start();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("alter table conflict rename to conflict_gone");
        }
        try {
            String message = GraphQL.post("{ conflicts { name } }")
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("INTERNAL_ERROR"))
                    .body("errors[0].message", matchesPattern(
                            "Internal error; quote reference [0-9a-f-]{36} when reporting it"))
                    .body(not(containsString("SQL")))
                    .body(not(containsString("SQLGrammar")))
                    .body(not(containsString("org.hibernate")))
                    .body(not(containsString("CONFLICT_GONE")))
                    .body(not(containsString("at dev.parley")))
                    .extract().path("errors[0].message");
            assertThat("the reference in " + message + " is logged", failures.referenceLogged(message));
        } finally {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("alter table conflict_gone rename to conflict");
            }
            failures.stop();
        }
    }
}
