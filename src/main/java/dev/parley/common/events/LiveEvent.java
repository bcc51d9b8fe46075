package dev.parley.common.events;

/**
 * A change subscribers are told about. Fire it with CDI {@code Event<LiveEvent>} inside the writing
 * transaction; {@link PublishAfterCommit} hands it on only once that transaction has committed.
 */
public interface LiveEvent {
}
