package dev.parley.common.paging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.parley.common.InvalidArgumentException;
import dev.parley.common.ParleyEntity;
import dev.parley.common.sql.Alias;
import dev.parley.common.sql.Parameters;
import dev.parley.common.sql.Where;
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

    /** The alias of the listed table, the one {@link SortKey}s are written over. */
    private static final String ROW = "e";

    private final Class<E> type;
    private final Alias row;
    private final SortKey<E> sort;
    private final Where filter;

    /**
     * @param row the listed table, as {@link #row(String)} names it
     * @param filter conditions over {@code row}
     */
    public KeysetQuery(Class<E> type, Alias row, SortKey<E> sort, Where filter) {
        if (!ROW.equals(row.name())) {
            throw new IllegalArgumentException("sort keys are written over alias " + ROW + ", not " + row.name());
        }
        this.type = type;
        this.row = row;
        this.sort = sort;
        this.filter = filter;
    }

    public KeysetQuery(Class<E> type, String table, SortKey<E> sort) {
        this(type, row(table), sort, new Where());
    }

    /** The listed table as conditions and sort keys name it. */
    public static Alias row(String table) {
        return new Alias(table, ROW);
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
        Where conditions = filter.copy();
        if (page.cursor() != null) {
            Object cursorSort = parseCursorSort(page.cursor());
            conditions.and("(%1$s %2$s ? or (%1$s = ? and %3$s %2$s ?))"
                    .formatted(sort.sql(), walkAscending ? ">" : "<", row.col("id")), cursorSort, cursorSort, page.cursor().id());
        }
        String direction = walkAscending ? "asc" : "desc";
        Parameters parameters = new Parameters();
        String sql = "select %s.* from %s%s order by %s %s, %s %s limit %d".formatted(row.name(), row.from(),
                conditions.where(parameters), sort.sql(), direction, row.col("id"), direction, page.size() + 1);
        @SuppressWarnings("unchecked")
        List<E> rows = new ArrayList<>(
                parameters.bind(Panache.getEntityManager().createNativeQuery(sql, type)).getResultList());
        return rows;
    }

    public long count() {
        Parameters parameters = new Parameters();
        Query query = parameters.bind(Panache.getEntityManager()
                .createNativeQuery("select count(*) from %s%s".formatted(row.from(), filter.where(parameters))));
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
