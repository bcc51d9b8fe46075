package dev.parley.incidents;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.Map;

import dev.parley.support.GraphQL;
import dev.parley.support.TestData;
import dev.parley.talks.Talks;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ViolenceAroundTest {

    @Inject
    TestData data;

    @Test
    void theMiamiRoundAgainstTheWeekBefore() {
        GraphQL.post("""
                { talk(id: "30") { violenceAround(windowDays: 3) {
                    during { from to incidents killed wounded } before { from to incidents killed wounded }
                    incidentRatio killedRatio } } }
                """)
                .body("errors", nullValue())
                .rootPath("data.talk.violenceAround")
                .body("during.from", equalTo("2025-12-17"))
                .body("during.to", equalTo("2025-12-23"))
                .body("during.incidents", equalTo(4))
                .body("during.killed", equalTo(8))
                .body("before.from", equalTo("2025-12-10"))
                .body("before.to", equalTo("2025-12-16"))
                .body("before.incidents", equalTo(0))
                .body("incidentRatio", nullValue())
                .body("killedRatio", nullValue());
    }

    @Test
    void escalationRatioAndPerAliasWindows() {
        // Talks on 10 April 2047; windowDays 1 gives 9–11 April against 6–8 April
        Talks talks = data.talks("Escalation round", LocalDate.of(2047, 4, 10), null);
        incident("2047-04-07", 2);
        incident("2047-04-09", 1);
        incident("2047-04-10", 2);
        incident("2047-04-11", 3);
        incident("2047-04-03", 4);
        GraphQL.post("""
                query($id: ID!) { talk(id: $id) {
                    one: violenceAround(windowDays: 1) { during { incidents killed } before { incidents killed } incidentRatio killedRatio }
                    four: violenceAround(windowDays: 4) { during { from to incidents killed } before { from to incidents killed } incidentRatio }
                } }
                """, Map.of("id", talks.id))
                .body("errors", nullValue())
                .rootPath("data.talk")
                .body("one.during.incidents", equalTo(3))
                .body("one.during.killed", equalTo(6))
                .body("one.before.incidents", equalTo(1))
                .body("one.before.killed", equalTo(2))
                .body("one.incidentRatio", equalTo(3.0f))
                .body("one.killedRatio", equalTo(3.0f))
                .body("four.during.from", equalTo("2047-04-06"))
                .body("four.during.to", equalTo("2047-04-14"))
                .body("four.during.incidents", equalTo(4))
                .body("four.before.from", equalTo("2047-03-28"))
                .body("four.before.to", equalTo("2047-04-05"))
                .body("four.before.incidents", equalTo(1))
                .body("four.incidentRatio", equalTo(4.0f));
    }

    @Test
    void windowOutOfRangeIsAClearError() {
        GraphQL.post("{ talk(id: \"30\") { violenceAround(windowDays: 400) { incidentRatio } } }")
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", equalTo("windowDays must be between 0 and 366, got 400"));
    }

    private void incident(String day, int killed) {
        Incident incident = data.incident(LocalDate.parse(day), "Mykolaiv", null, null);
        data.casualties(incident, LocalDate.parse(day), killed, 0);
    }
}
