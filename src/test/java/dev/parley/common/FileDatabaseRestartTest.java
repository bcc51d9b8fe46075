package dev.parley.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import dev.parley.support.GraphQL;
import dev.parley.support.TestData;
import dev.parley.talks.Talks;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * The default database is an H2 file written through on every commit: what was committed is there after
 * the database stops abruptly, as after a crash or power loss, and is opened again.
 */
@QuarkusTest
@TestProfile(FileDatabaseRestartTest.FileDatabase.class)
@DisabledIfSystemProperty(named = "quarkus.test.profile", matches = ".*pg.*", disabledReason = "H2's file database only")
class FileDatabaseRestartTest {

    public static class FileDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url",
                    "jdbc:h2:file:./target/file-db-test/" + UUID.randomUUID() + "/parley;WRITE_DELAY=0");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TestData data;

    @Test
    void committedDataSurvivesAnAbruptRestartOfTheFileDatabase() throws Exception {
        Talks talks = data.talks("Durability round", LocalDate.of(2044, 2, 2), null);

        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // Closes the database at once without writing anything more, like a killed process.
            statement.execute("SHUTDOWN IMMEDIATELY");
        }
        dataSource.flush(AgroalDataSource.FlushMode.ALL);

        GraphQL.post("query($id: ID!) { talk(id: $id) { title startDate } talks(first: 1) { nodes { title } } }",
                Map.of("id", talks.id))
                .body("errors", nullValue())
                .body("data.talk.title", equalTo("Durability round"))
                .body("data.talk.startDate", equalTo("2044-02-02"))
                .body("data.talks.nodes[0].title", equalTo("Miami round"));
    }
}
