package dev.parley.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Query;

/**
 * The WHERE conditions of a native query and the values they bind. A condition whose value is
 * null (or an empty list) is a filter the client did not give, and is left out.
 */
public final class SqlConditions {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    public SqlConditions add(String condition) {
        conditions.add(condition);
        return this;
    }

    public SqlConditions add(String condition, String parameter, Object value) {
        if (value == null || value instanceof Collection<?> values && values.isEmpty()) {
            return this;
        }
        conditions.add(condition);
        parameters.put(parameter, value);
        return this;
    }

    /** A value bound for a condition added with another parameter. */
    public SqlConditions with(String parameter, Object value) {
        parameters.put(parameter, value);
        return this;
    }

    public SqlConditions addAll(SqlConditions other) {
        conditions.addAll(other.conditions);
        parameters.putAll(other.parameters);
        return this;
    }

    public SqlConditions copy() {
        return new SqlConditions().addAll(this);
    }

    /** {@code " where a and b"}, or nothing when there are no conditions. */
    public String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** {@code " and a and b"}, to extend a WHERE clause that already has conditions. */
    public String and() {
        return conditions.isEmpty() ? "" : " and " + String.join(" and ", conditions);
    }

    public <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
