package dev.parley.incidents;

import dev.parley.common.events.LiveEvent;

/** A new casualty report for an incident. */
public record CasualtiesRevised(CasualtyReport report) implements LiveEvent {
}
