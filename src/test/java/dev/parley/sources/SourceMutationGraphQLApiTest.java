package dev.parley.sources;

import static dev.parley.support.Editing.edit;
import static dev.parley.support.Editing.expectError;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import dev.parley.support.DatabaseSnapshot;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SourceMutationGraphQLApiTest {

    private static final String ADD = """
            mutation($input: AddSourceInput!) {
              addSource(input: $input) { id title publisher publishedOn url notes history { kind changedFields } }
            }
            """;

    @Inject
    DatabaseSnapshot database;

    @Test
    void addsASource() {
        edit(ADD, Map.of("title", "Ceasefire holds 2050", "publisher", "Wire", "publishedOn", "2050-09-01",
                "url", "https://news.example/ceasefire"))
                .body("errors", nullValue())
                .body("data.addSource.title", equalTo("Ceasefire holds 2050"))
                .body("data.addSource.publisher", equalTo("Wire"))
                .body("data.addSource.publishedOn", equalTo("2050-09-01"))
                .body("data.addSource.url", equalTo("https://news.example/ceasefire"))
                .body("data.addSource.notes", nullValue())
                .body("data.addSource.history.kind", contains("CREATED"))
                .body("data.addSource.history[0].changedFields", contains("publishedOn", "publisher", "title", "url"));
    }

    @Test
    void aSourceNeedsATitleAWebAddressAndAPastDate() {
        var before = database.take();
        expectError(edit(ADD, Map.of("title", "")), "INVALID_INPUT", "title", "title: must not be blank");
        expectError(edit(ADD, Map.of("title", "Leaflet", "url", "file:///etc/passwd")), "INVALID_INPUT", "url",
                "url: must be a valid URL");
        expectError(edit(ADD, Map.of("title", "Tomorrow's paper", "publishedOn", "2060-01-02")), "INVALID_INPUT",
                "publishedOn", "publishedOn: must be a date in the past or in the present");
        assertEquals(before, database.take());
    }
}
