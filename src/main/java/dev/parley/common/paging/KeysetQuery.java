package dev.parley.common.paging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.parley.common.InvalidArgumentException;
import dev.parley.common.ParleyEntity;
import dev.parley.common.SqlConditions;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.Query;

/**
 * Keyset (seek) pagination over one table: a page is read with an indexed range condition on
 * (sort value, id) instead of an offset, so page 1,000 costs what page 1 costs, and a cursor names
 * a row, so it stays valid while rows are inserted.
 *
 * @param <E> the entity listed
 */
public final class KeysetQuery<E extends ParleyEntity> {

    private final Class<E> type;
    private final String table;
    private final SortKey<E> sort;
    private final SqlConditions filter;

    /** @param filter conditions over alias {@code e} */
    public KeysetQuery(Class<E> type, String table, SortKey<E> sort, SqlConditions filter) {
        this.type = type;
        this.table = table;
        this.sort = sort;
        this.filter = filter;
    }

    public KeysetQuery(Class<E> type, String table, SortKey<E> sort) {
        this(type, table, sort, new SqlConditions());
    }

    public Connection<E> fetch(PageRequest page) {
        List<E> rows = walk(page);
        boolean more = rows.size() > page.size();
        if (more) {
            rows.remove(rows.size() - 1);
        }
        if (page.backward()) {
            Collections.reverse(rows);
        }
        return Connection.of(rows, this::cursorOf, page, more, page.countTotal() ? this::count : null);
    }

    public Cursor cursorOf(E row) {
        return new Cursor(String.valueOf(sort.valueOf().apply(row)), row.id);
    }

    /**
     * Up to size + 1 rows from the cursor in the direction of travel (the extra row tells whether more
     * follow); for a backward page that is the reverse of list order.
     */
    public List<E> walk(PageRequest page) {
        boolean walkAscending = sort.descending() == page.backward();
        SqlConditions conditions = filter.copy();
        if (page.cursor() != null) {
            String op = walkAscending ? ">" : "<";
            conditions.add("(%1$s %2$s :cursorSort or (%1$s = :cursorSort and e.id %2$s :cursorId))"
                    .formatted(sort.sql(), op), "cursorSort", parseCursorSort(page.cursor()))
                    .with("cursorId", page.cursor().id());
        }
        String direction = walkAscending ? "asc" : "desc";
        String sql = "select e.* from %s e%s order by %s %s, e.id %s limit %d".formatted(
                table, conditions.where(), sort.sql(), direction, direction, page.size() + 1);
        @SuppressWarnings("unchecked")
        List<E> rows = new ArrayList<>(
                conditions.bind(Panache.getEntityManager().createNativeQuery(sql, type)).getResultList());
        return rows;
    }

    public long count() {
        Query query = filter.bind(Panache.getEntityManager()
                .createNativeQuery("select count(*) from %s e%s".formatted(table, filter.where())));
        return ((Number) query.getSingleResult()).longValue();
    }

    private Object parseCursorSort(Cursor cursor) {
        try {
            return sort.parser().apply(cursor.sortValue());
        } catch (RuntimeException e) {
            throw new InvalidArgumentException(
                    "The cursor belongs to another list or order; use a cursor from this field's pageInfo or edges");
        }
    }
}
