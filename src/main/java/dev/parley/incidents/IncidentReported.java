package dev.parley.incidents;

import dev.parley.common.events.LiveEvent;

/** A new incident, with the place it happened so subscribers can filter on it without a query. */
public record IncidentReported(Incident incident, Place place) implements LiveEvent {
}
