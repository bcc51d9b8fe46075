package dev.parley.imports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A file's header, and the typed reading of one row's cells by column name; a cell that does not read rejects the row. */
final class Columns {

    private final Map<String, Integer> indexes = new HashMap<>();
    private final int count;

    Columns(List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            indexes.putIfAbsent(header.get(i), i);
        }
        count = header.size();
    }

    /** The required columns the header lacks. */
    List<String> missing(List<String> required) {
        List<String> missing = new ArrayList<>();
        for (String name : required) {
            if (!indexes.containsKey(name)) {
                missing.add(name);
            }
        }
        return missing;
    }

    /** A row's cells, read against this header. */
    Cells of(CsvRows.Row row) {
        if (row.values().length != count) {
            throw new RowRejected("%d fields where the header has %d".formatted(row.values().length, count));
        }
        return new Cells(row.values());
    }

    final class Cells {
        private final String[] values;

        private Cells(String[] values) {
            this.values = values;
        }

        /** The trimmed text, or null for an empty cell or a column the file does not have. */
        String text(String column) {
            Integer index = indexes.get(column);
            if (index == null) {
                return null;
            }
            String value = values[index];
            return value == null || value.isBlank() ? null : value.trim();
        }

        String required(String column) {
            String value = text(column);
            if (value == null) {
                throw new RowRejected(column + " is empty");
            }
            return value;
        }

        /** At most the given length: a longer name would be cut and then no longer match the same name elsewhere. */
        String name(String column, int maxLength) {
            String value = text(column);
            if (value != null && value.length() > maxLength) {
                throw new RowRejected("%s is longer than %d characters".formatted(column, maxLength));
            }
            return value;
        }

        Integer integer(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return Integer.valueOf(value);
            } catch (NumberFormatException e) {
                throw new RowRejected("%s is not a whole number: '%s'".formatted(column, abbreviate(value)));
            }
        }

        Integer count(String column) {
            Integer value = integer(column);
            if (value != null && value < 0) {
                throw new RowRejected("%s is negative: %d".formatted(column, value));
            }
            return value;
        }

        Double coordinate(String column, double limit) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            double parsed;
            try {
                parsed = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new RowRejected("%s is not a number: '%s'".formatted(column, abbreviate(value)));
            }
            if (Double.isNaN(parsed) || Math.abs(parsed) > limit) {
                throw new RowRejected("%s is outside -%s..%s: %s".formatted(column, (int) limit, (int) limit, value));
            }
            return parsed;
        }

        /** A date written YYYY-MM-DD, with or without a time after it (UCDP writes 2014-07-14 00:00:00.000). */
        LocalDate isoDate(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            String day = value.length() > 10 && (value.charAt(10) == ' ' || value.charAt(10) == 'T') ? value.substring(0, 10) : value;
            try {
                return Dates.checked(column, LocalDate.parse(day));
            } catch (DateTimeParseException e) {
                throw new RowRejected("%s is not a date YYYY-MM-DD: '%s'".formatted(column, abbreviate(value)));
            }
        }
    }

    static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
