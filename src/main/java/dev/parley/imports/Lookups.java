package dev.parley.imports;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Ids of the parties, conflicts and sources a job has already found or created, so that each chunk asks the database
 * only about names it has not seen. Parties and conflicts are few; sources can be one per row, so their map is bounded.
 */
final class Lookups {

    private static final int MAX_SOURCES = 10_000;

    final Map<String, Long> parties = new HashMap<>();
    final Map<String, Long> conflicts = new HashMap<>();
    final Map<ImportedIncident.Cited, Long> sources = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ImportedIncident.Cited, Long> eldest) {
            return size() > MAX_SOURCES;
        }
    };
    Long datasetSource;

    /** After a chunk rolled back: what it created is gone too. */
    void forget() {
        parties.clear();
        conflicts.clear();
        sources.clear();
    }
}
