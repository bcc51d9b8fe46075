package dev.parley.common.paging;

import dev.parley.common.InvalidArgumentException;

/** The validated paging arguments of one connection field: a size, a direction and an optional cursor. */
public record PageRequest(int size, boolean backward, Cursor cursor, boolean countTotal) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 100;

    public static PageRequest of(Integer first, String after, Integer last, String before, boolean countTotal) {
        if (first != null && last != null) {
            throw new InvalidArgumentException("Pass either first (with after) or last (with before), not both");
        }
        if (after != null && before != null) {
            throw new InvalidArgumentException("Pass either after or before, not both");
        }
        if (first != null && before != null || last != null && after != null) {
            throw new InvalidArgumentException("first pages forward from after; last pages backward from before");
        }
        boolean backward = last != null || before != null;
        Integer requested = backward ? last : first;
        int size = requested == null ? DEFAULT_SIZE : requested;
        InvalidArgumentException.requireRange(backward ? "last" : "first", size, 0, MAX_SIZE);
        Cursor cursor = backward ? Cursor.decode("before", before) : Cursor.decode("after", after);
        return new PageRequest(size, backward, cursor, countTotal);
    }
}
