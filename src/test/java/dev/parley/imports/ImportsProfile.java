package dev.parley.imports;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The import tests run in an app of their own: the UCDP sample brings 1,000 incidents from 1989–2022 and hundreds
 * of parties, which the other test classes (each in its own year, listing parties) must not see. A new profile
 * restarts the app, and the test profile's Flyway clean empties the database.
 */
public class ImportsProfile implements QuarkusTestProfile {

    /** Small chunks, so that the interruption test stops between several of them. */
    static final int CHUNK_ROWS = 100;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("parley.imports.chunk-rows", Integer.toString(CHUNK_ROWS));
    }
}
