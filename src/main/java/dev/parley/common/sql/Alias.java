package dev.parley.common.sql;

/**
 * A table as one statement names it. Conditions reach columns through the alias they are given, never through a
 * letter they assume, so a condition written for one query cannot silently read another query's table.
 */
public record Alias(String table, String name) {

    /** {@code name.column}. */
    public String col(String column) {
        return name + "." + column;
    }

    /** {@code table name}, for a FROM or JOIN clause. */
    public String from() {
        return table + " " + name;
    }
}
