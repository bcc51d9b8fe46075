package dev.parley.common.sql;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Query;

/**
 * The values one statement binds. Every value gets the next name ({@code :p1}, {@code :p2} …) when its condition
 * is written into the statement, so conditions from different features combine without a naming convention.
 * The names follow the order of writing, so one statement shape always gets the same SQL text (and plan cache entry).
 */
public final class Parameters {

    private final Map<String, Object> values = new LinkedHashMap<>();

    /** The placeholder to write into the SQL for this value. */
    public String add(Object value) {
        String name = "p" + (values.size() + 1);
        values.put(name, value);
        return ":" + name;
    }

    public <Q extends Query> Q bind(Q query) {
        values.forEach(query::setParameter);
        return query;
    }
}
