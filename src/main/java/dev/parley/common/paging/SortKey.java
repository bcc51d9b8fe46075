package dev.parley.common.paging;

import java.time.LocalDate;
import java.util.function.Function;

import dev.parley.common.Inputs;

/**
 * What a list is ordered by: an SQL expression over alias {@code e} (never null for a row), the same
 * value read from a loaded row, and how to read it back from a cursor.
 */
public record SortKey<E>(String sql, Function<E, Object> valueOf, Function<String, Object> parser, boolean descending) {

    public static <E> SortKey<E> byDate(String sql, Function<E, LocalDate> valueOf, boolean descending) {
        return new SortKey<>(sql, valueOf::apply, SortKey::supportedDate, descending);
    }

    /** A forged cursor's far date would fail in the database rather than find nothing. */
    private static LocalDate supportedDate(String text) {
        LocalDate date = LocalDate.parse(text);
        if (date.isBefore(Inputs.EARLIEST_DATE) || date.isAfter(Inputs.LATEST_DATE)) {
            throw new IllegalArgumentException(text);
        }
        return date;
    }

    public static <E> SortKey<E> byText(String sql, Function<E, String> valueOf) {
        return new SortKey<>(sql, valueOf::apply, text -> text, false);
    }

    public static <E> SortKey<E> byNumber(String sql, Function<E, Integer> valueOf, boolean descending) {
        return new SortKey<>(sql, valueOf::apply, Integer::valueOf, descending);
    }
}
