package dev.parley.common.events;

/**
 * Committed writes as events, so that whoever keeps state derived from the data (the response cache) and whoever
 * tells the other instances (PostgresLiveEvents) need not know each other.
 */
public final class Writes {

    private Writes() {
    }

    /** A write committed through this instance; other instances sharing the database are told. */
    public record WrittenHere() {
    }

    /** Another instance sharing the database committed a write; nothing to announce. */
    public record WrittenElsewhere() {
    }
}
