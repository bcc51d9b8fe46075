package dev.parley.audit;

import static dev.parley.support.Editing.edit;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.parley.incidents.Incident;
import dev.parley.parties.Party;
import dev.parley.support.GraphQL;
import dev.parley.support.SqlStatements;
import dev.parley.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HistoryGraphQLApiTest {

    private static final String HISTORIES = """
            query($from: Date, $to: Date) {
              incidents(filter: {from: $from, to: $to}) {
                nodes { history { revision changedAt changedBy kind changedFields } }
              }
            }
            """;
    private static final String VERIFY = """
            mutation($input: ChangeVerificationInput!) { changeVerification(input: $input) { version } }
            """;

    @Inject
    TestData data;

    @Inject
    SqlStatements sql;

    @Test
    void theDemoRecordsHaveNoHistoryUntilEdited() {
        GraphQL.post("{ talk(id: \"30\") { history { kind } participants { history { kind } } } }")
                .body("errors", nullValue())
                .body("data.talk.history", empty())
                .body("data.talk.participants.history", everyItem(empty()));
    }

    @Test
    void historiesOfManyRecordsCostOneQueryPerLevel() {
        Party actor = data.party("Audited force 2050");
        editedIncidents(actor, LocalDate.of(2050, 1, 10), 1);
        editedIncidents(actor, LocalDate.of(2050, 2, 10), 6);

        long forOne = sql.countDuring(() -> GraphQL.post(HISTORIES, Map.of("from", "2050-01-01", "to", "2050-01-31"))
                .body("errors", nullValue())
                .body("data.incidents.nodes", hasSize(1)));
        long forSix = sql.countDuring(() -> GraphQL.post(HISTORIES, Map.of("from", "2050-02-01", "to", "2050-02-28"))
                .body("errors", nullValue())
                .body("data.incidents.nodes", hasSize(6))
                .body("data.incidents.nodes.history.kind", everyItem(contains("CREATED", "UPDATED"))));
        assertThat("statements for six histories vs one", forSix, equalTo(forOne));
    }

    @Test
    void eachEntryTellsWhoWhenAndWhat() {
        Party actor = data.party("Audited force 2050 b");
        Incident incident = editedIncidents(actor, LocalDate.of(2050, 3, 10), 1).get(0);
        List<Map<String, Object>> history = GraphQL.post(
                "query($id: ID!) { incident(id: $id) { history { revision changedAt changedBy kind changedFields } } }",
                Map.of("id", incident.id.toString()))
                .body("errors", nullValue())
                .body("data.incident.history.changedBy", contains("system", "editor"))
                .body("data.incident.history[1].changedFields", contains("verification", "verificationReason"))
                .extract().path("data.incident.history");
        assertThat((Integer) history.get(0).get("revision") < (Integer) history.get(1).get("revision"),
                equalTo(true));
        assertThat(history.get(1).get("changedAt").toString().compareTo(history.get(0).get("changedAt").toString()) >= 0,
                equalTo(true));
    }

    private List<Incident> editedIncidents(Party actor, LocalDate day, int count) {
        List<Incident> incidents = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            Incident incident = data.incident(day, "Poltava", actor, null);
            edit(VERIFY, Map.of("incidentId", incident.id, "version", 0, "verification", "CONFIRMED",
                    "reason", "Checked")).body("errors", nullValue());
            incidents.add(incident);
        }
        return incidents;
    }
}
