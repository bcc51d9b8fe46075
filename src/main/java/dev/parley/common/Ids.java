package dev.parley.common;

import java.util.List;

/**
 * The one reading of the ids clients send: Parley ids are decimal numbers, anything else cannot name a record.
 * How a bad id is reported depends on where it came: a query argument fails as INVALID_ARGUMENT, a field of a
 * mutation's input as INVALID_INPUT naming that field.
 */
public final class Ids {

    private Ids() {
    }

    /** An id given as a query argument (or inside a filter), named {@code argument} in the error. */
    public static long ofArgument(String argument, String id) {
        Long key = parse(id);
        if (key == null) {
            throw new InvalidArgumentException("%s '%s' is not a Parley id; ids are the `id` values this API returns"
                    .formatted(argument, id));
        }
        return key;
    }

    /** Null stays null: a filter list the client left out. */
    public static List<Long> ofArguments(String argument, List<String> ids) {
        return ids == null ? null : ids.stream().map(id -> ofArgument(argument, id)).toList();
    }

    /** An id given in a mutation's input, named {@code field} in the error. */
    public static long ofInputField(String field, String id) {
        Long key = parse(id);
        if (key == null) {
            throw new InvalidInputException(field, "'%s' is not a Parley id".formatted(id));
        }
        return key;
    }

    private static Long parse(String id) {
        try {
            return Long.parseLong(id.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
