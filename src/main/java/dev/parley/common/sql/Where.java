package dev.parley.common.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Conditions joined by AND, each with the values it binds. A value is written {@code ?} in the condition and is
 * named only when the conditions are written into a statement (see {@link Parameters}); a condition's SQL must
 * hold no other {@code ?}.
 */
public final class Where {

    private record Condition(String sql, List<Object> values) {

        Condition {
            int placeholders = placeholders(sql);
            if (placeholders != values.size()) {
                throw new IllegalArgumentException("%d values for %d placeholders in %s".formatted(values.size(), placeholders, sql));
            }
        }

        String render(Parameters parameters) {
            StringBuilder out = new StringBuilder();
            int next = 0;
            for (char c : sql.toCharArray()) {
                out.append(c == '?' ? parameters.add(values.get(next++)) : String.valueOf(c));
            }
            return out.toString();
        }
    }

    private static int placeholders(String sql) {
        return (int) sql.chars().filter(c -> c == '?').count();
    }

    private final List<Condition> conditions = new ArrayList<>();

    /** A condition that always holds its place, with one value per {@code ?}. */
    public Where and(String sql, Object... values) {
        conditions.add(new Condition(sql, Arrays.asList(values)));
        return this;
    }

    /**
     * A condition on a value the client may leave out: skipped when the value is null or an empty list (a filter
     * not given), otherwise every {@code ?} in it binds that value.
     */
    public Where andIfGiven(Object value, String sql) {
        if (value == null || value instanceof Collection<?> values && values.isEmpty()) {
            return this;
        }
        conditions.add(new Condition(sql, Collections.nCopies(placeholders(sql), value)));
        return this;
    }

    /** Every condition of another builder too; its values stay with their conditions. */
    public Where and(Where other) {
        conditions.addAll(other.conditions);
        return this;
    }

    public Where copy() {
        return new Where().and(this);
    }

    /** {@code " where a and b"}, or nothing when there are no conditions. */
    public String where(Parameters parameters) {
        return conditions.isEmpty() ? "" : " where " + joined(parameters);
    }

    /** {@code " and a and b"}, to extend a WHERE clause that already has conditions. */
    public String and(Parameters parameters) {
        return conditions.isEmpty() ? "" : " and " + joined(parameters);
    }

    private String joined(Parameters parameters) {
        List<String> rendered = new ArrayList<>();
        conditions.forEach(condition -> rendered.add(condition.render(parameters)));
        return String.join(" and ", rendered);
    }
}
