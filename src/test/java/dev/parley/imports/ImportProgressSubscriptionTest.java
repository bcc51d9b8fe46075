package dev.parley.imports;

import static dev.parley.imports.Imports.resource;
import static dev.parley.imports.Imports.upload;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.parley.support.SubscriptionClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(ImportsProfile.class)
class ImportProgressSubscriptionTest {

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void aSubscriberSeesTheJobStartAdvanceAndEnd() throws Exception {
        try (SubscriptionClient client = SubscriptionClient.subscribe(graphql,
                "subscription { importJobProgress { id status rowsRead rowsWritten rowsUnchanged } }")) {
            client.awaitActive(() -> upload("acled-deletions", resource("acled-deletions.csv")).statusCode(200));
            while (client.next(Duration.ofSeconds(2)) != null) {
                // the rest of the probes' progress
            }
            String job = upload("acled", resource("acled-events.csv")).statusCode(200).extract().jsonPath().getString("id");
            List<String> seen = new ArrayList<>();
            for (JsonObject data = client.next(Duration.ofSeconds(30)); data != null; data = client.next(Duration.ofSeconds(2))) {
                JsonObject progress = data.getJsonObject("importJobProgress");
                if (progress.getString("id").equals(job)) {
                    seen.add(progress.getString("status") + " " + progress.getInt("rowsRead"));
                }
            }
            assertEquals(List.of("RUNNING 0", "RUNNING 4", "COMPLETED 4"), seen);
        }
    }
}
