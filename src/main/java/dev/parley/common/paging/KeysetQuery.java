package dev.parley.common.paging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.parley.common.InvalidArgumentException;
import dev.parley.common.ParleyEntity;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.TypedQuery;

/**
 * Keyset (seek) pagination over one entity: pages are read with an indexed range condition on
 * (sort value, id) instead of an offset, so page 1,000 costs what page 1 costs.
 *
 * @param <E> the entity listed
 */
public final class KeysetQuery<E extends ParleyEntity> {

    private final Class<E> type;
    private final String sortExpression;
    private final Function<E, Object> sortValueOf;
    private final Function<String, Object> sortValueParser;
    private final boolean descending;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /**
     * @param sortExpression JPQL over alias {@code e}, never null for a row (use coalesce)
     * @param sortValueOf the same value read from a loaded row
     * @param sortValueParser turns a cursor's text back into a query parameter
     */
    public KeysetQuery(Class<E> type, String sortExpression, Function<E, Object> sortValueOf,
            Function<String, Object> sortValueParser, boolean descending) {
        this.type = type;
        this.sortExpression = sortExpression;
        this.sortValueOf = sortValueOf;
        this.sortValueParser = sortValueParser;
        this.descending = descending;
    }

    /** Adds a JPQL condition over alias {@code e}; a null value means the filter was not given. */
    public KeysetQuery<E> where(String condition, String parameter, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(parameter, value);
        }
        return this;
    }

    public Connection<E> fetch(PageRequest page) {
        boolean walkAscending = descending == page.backward();
        List<String> pageConditions = new ArrayList<>(conditions);
        Map<String, Object> pageParameters = new HashMap<>(parameters);
        if (page.cursor() != null) {
            String op = walkAscending ? ">" : "<";
            pageConditions.add("(%1$s %2$s :cursorSort or (%1$s = :cursorSort and e.id %2$s :cursorId))"
                    .formatted(sortExpression, op));
            pageParameters.put("cursorSort", parseCursorSort(page.cursor()));
            pageParameters.put("cursorId", page.cursor().id());
        }
        String direction = walkAscending ? "asc" : "desc";
        String jpql = "select e from %s e%s order by %s %s, e.id %s".formatted(
                type.getSimpleName(), whereClause(pageConditions), sortExpression, direction, direction);
        TypedQuery<E> query = Panache.getEntityManager().createQuery(jpql, type);
        pageParameters.forEach(query::setParameter);
        List<E> rows = new ArrayList<>(query.setMaxResults(page.size() + 1).getResultList());

        boolean more = rows.size() > page.size();
        if (more) {
            rows.remove(rows.size() - 1);
        }
        if (page.backward()) {
            Collections.reverse(rows);
        }
        List<Edge<E>> edges = rows.stream().map(row -> new Edge<>(cursorOf(row), row)).toList();
        boolean cursorGiven = page.cursor() != null;
        PageInfo pageInfo = new PageInfo(
                page.backward() ? cursorGiven : more,
                page.backward() ? more : cursorGiven,
                edges.isEmpty() ? null : edges.get(0).cursor,
                edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor);
        return new Connection<>(edges, pageInfo, page.countTotal() ? count() : null);
    }

    private long count() {
        TypedQuery<Long> query = Panache.getEntityManager().createQuery(
                "select count(e) from %s e%s".formatted(type.getSimpleName(), whereClause(conditions)), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private String cursorOf(E row) {
        return new Cursor(String.valueOf(sortValueOf.apply(row)), row.id).encode();
    }

    private Object parseCursorSort(Cursor cursor) {
        try {
            return sortValueParser.apply(cursor.sortValue());
        } catch (RuntimeException e) {
            throw new InvalidArgumentException("The cursor belongs to another list; use a cursor from this field's pageInfo or edges");
        }
    }

    private static String whereClause(List<String> conditions) {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }
}
