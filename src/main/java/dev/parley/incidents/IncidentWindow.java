package dev.parley.incidents;

import dev.parley.common.InvalidArgumentException;
import dev.parley.common.paging.PageRequest;

/** The arguments of {@code concurrentIncidents}: days around the talks, and how many incidents per talks. */
public record IncidentWindow(int days, int first) {

    public static final int MAX_DAYS = 366;

    public IncidentWindow {
        InvalidArgumentException.requireRange("windowDays", days, 0, MAX_DAYS);
        InvalidArgumentException.requireRange("first", first, 0, PageRequest.MAX_SIZE);
    }
}
