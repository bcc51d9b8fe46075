package dev.parley.imports;

import java.time.LocalDate;
import java.time.ZoneOffset;

/** The dates Parley takes (1800-01-01 to 2200-12-31, see common.Inputs), and none after today: events that happened. */
final class Dates {

    private static final LocalDate FIRST = LocalDate.of(1800, 1, 1);

    private Dates() {
    }

    static LocalDate checked(String column, LocalDate date) {
        if (date.isBefore(FIRST)) {
            throw new RowRejected("%s is before 1800: %s".formatted(column, date));
        }
        if (date.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1))) {
            throw new RowRejected("%s is in the future: %s".formatted(column, date));
        }
        return date;
    }
}
