package dev.parley.common.errors;

import static dev.parley.support.Editing.edit;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.parley.audit.Change;
import dev.parley.audit.History;
import dev.parley.common.ParleyEntity;
import dev.parley.common.events.InProcessLiveEvents;
import dev.parley.common.events.LiveEvent;
import dev.parley.common.events.LiveEvents;
import dev.parley.incidents.Incident;
import dev.parley.incidents.IncidentService;
import dev.parley.incidents.ReportIncident;
import dev.parley.support.ExpectedFailures;
import dev.parley.support.GraphQL;
import dev.parley.support.SubscriptionClient;
import dev.parley.support.TestData;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An unexpected failure, wherever it happens, reaches the client as INTERNAL_ERROR with a reference that is in the
 * log, never with its own message. Failures are injected by replacing one bean for one test.
 */
@QuarkusTest
class ErrorBoundaryTest {

    /** What a careless failure would leak: SQL, a file path, a class name. */
    private static final String SECRET = "select password from editors in /srv/parley/data (dev.parley.Secret)";
    private static final Pattern REFERENCE = Pattern.compile("reference ([0-9a-f-]{36})");

    @Inject
    TestData data;

    @Inject
    LiveEvents liveEvents;

    @TestHTTPResource("/graphql")
    URI graphql;

    /** The failures these tests cause are expected: asserted here, not printed as ERROR lines in a green build. */
    private final ExpectedFailures failures = new ExpectedFailures(Failures.class.getName(),
            "dev.parley.common.websocket.WebSocketOperation");

    @BeforeEach
    void captureLog() {
        failures.start();
    }

    @AfterEach
    void releaseLog() {
        failures.stop();
    }

    @Test
    void everyGraphQLApiClassHasTheBoundary() {
        List<Class<?>> apis = Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE).stream()
                .<Class<?>>map(bean -> bean.getBeanClass())
                .filter(type -> type.isAnnotationPresent(GraphQLApi.class))
                .distinct().toList();
        assertThat(apis.size(), greaterThanOrEqualTo(21));
        assertThat("@GraphQLApi classes without @ErrorBoundary",
                apis.stream().filter(type -> !type.isAnnotationPresent(ErrorBoundary.class)).toList(), empty());
    }

    @Test
    void aFailingQueryIsAnInternalErrorWithALoggedReference() {
        Incident incident = data.incident(LocalDate.of(2057, 1, 1), "Odesa", null, null);
        QuarkusMock.installMockForType(new History() {
            @Override
            public <E extends ParleyEntity> List<List<Change>> of(Class<E> type, List<E> records) {
                throw new IllegalStateException(SECRET);
            }
        }, History.class);
        expectInternalError(GraphQL.post("query($id: ID!) { incident(id: $id) { id history { kind } } }",
                Map.of("id", incident.id.toString())).extract().path("errors[0]"));
    }

    @Test
    void aFailingMutationIsAnInternalErrorWithALoggedReference() {
        QuarkusMock.installMockForType(new IncidentService() {
            @Override
            public Incident report(ReportIncident input) {
                throw new IllegalStateException(SECRET);
            }
        }, IncidentService.class);
        ValidatableResponse response = edit("""
                mutation($input: ReportIncidentInput!) { reportIncident(input: $input) { id } }
                """, Map.of("occurredOn", "2057-01-02", "datePrecision", "DAY", "verification", "REPORTED",
                "place", Map.of("name", "Test town", "admin1", "Odesa", "country", "Ukraine")));
        response.body("data", nullValue());
        expectInternalError(response.extract().path("errors[0]"));
    }

    @Test
    void aFailingSubscriptionStreamIsAnInternalErrorWithALoggedReference() throws Exception {
        // The stand-in must be of the bean's own class; PostgreSQL's LiveEvents (pg profile) is not replaced here.
        Assumptions.assumeTrue(liveEvents instanceof InProcessLiveEvents, "in-process live events");
        QuarkusMock.installMockForType(new InProcessLiveEvents() {
            @Override
            public <E extends LiveEvent> Multi<E> stream(Class<E> type) {
                return Multi.createFrom().failure(new IllegalStateException(SECRET));
            }
        }, LiveEvents.class);
        try (SubscriptionClient client = SubscriptionClient.subscribe(graphql,
                "subscription { incidentReported { id } }")) {
            JsonObject message = client.message(Duration.ofSeconds(10));
            assertThat("a message about the failure", message != null);
            String text = message.toString();
            assertThat(text, containsString("INTERNAL_ERROR"));
            assertThat(text, not(containsString("password")));
            Matcher reference = REFERENCE.matcher(text);
            assertThat(text, reference.find());
            assertThat("logged with reference " + reference.group(1), failures.logged(reference.group(1)));
            // the stream's own failure is logged by the boundary; the client's reference is the WebSocket's record
            assertThat("the failure itself logged", failures.logged(SECRET));
        }
    }

    private void expectInternalError(Map<String, Object> error) {
        assertThat(error.toString(), ((Map<?, ?>) error.get("extensions")).get("code"), equalTo("INTERNAL_ERROR"));
        String message = (String) error.get("message");
        assertThat(message, matchesPattern("Internal error; quote reference [0-9a-f-]{36} when reporting it"));
        assertThat(error.toString(), not(containsString("password")));
        Matcher reference = REFERENCE.matcher(message);
        assertThat(message, reference.find());
        assertThat("logged with reference " + reference.group(1), failures.logged(reference.group(1)));
    }
}
