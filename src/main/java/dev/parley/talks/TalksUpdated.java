package dev.parley.talks;

import dev.parley.common.events.LiveEvent;

/** Talks were scheduled or changed, or their participants were. */
public record TalksUpdated(Talks talks) implements LiveEvent {
}
