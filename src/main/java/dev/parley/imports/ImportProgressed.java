package dev.parley.imports;

import dev.parley.common.events.LiveEvent;

/** A job's counters after a chunk was committed, or its end. */
public record ImportProgressed(ImportJob job) implements LiveEvent {
}
