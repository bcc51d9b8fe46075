package dev.parley.incidents;

import java.time.LocalDate;

import dev.parley.common.InvalidArgumentException;
import dev.parley.common.paging.PageRequest;
import dev.parley.talks.Talks;

/** The arguments of {@code concurrentIncidents}: days around the talks, how many incidents per talks, which ones. */
public record IncidentWindow(int days, int first, IncidentQuery filter) {

    public static final int MAX_DAYS = 366;
    public static final int DEFAULT_DAYS = 3;
    public static final int DEFAULT_FIRST = 100;

    public IncidentWindow {
        InvalidArgumentException.requireRange("windowDays", days, 0, MAX_DAYS);
        InvalidArgumentException.requireRange("first", first, 0, PageRequest.MAX_SIZE);
    }

    /** The first day of the talks' window: n days before their start. */
    public LocalDate firstDay(Talks talks) {
        return talks.startDate.minusDays(days);
    }

    /** The last day of the talks' window: n days after their end, or after their start while open-ended. */
    public LocalDate lastDay(Talks talks) {
        return talks.lastDay().plusDays(days);
    }

    /** An explicit null means the default, as it does for a missing argument. */
    public static IncidentWindow of(Integer days, Integer first, IncidentFilter filter) {
        return new IncidentWindow(days == null ? DEFAULT_DAYS : days, first == null ? DEFAULT_FIRST : first,
                IncidentQuery.of(filter));
    }
}
