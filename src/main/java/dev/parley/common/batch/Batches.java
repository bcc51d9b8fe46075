package dev.parley.common.batch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import dev.parley.common.ParleyEntity;
import io.quarkus.hibernate.orm.panache.Panache;
import org.hibernate.Hibernate;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/** Shapes the rows of one batch query back into one result per parent, in the parents' order. */
public final class Batches {

    private Batches() {
    }

    public static List<Long> ids(Collection<? extends ParleyEntity> entities) {
        return entities.stream().map(entity -> entity.id).distinct().toList();
    }

    /** Children grouped under their parents; a parent without children gets an empty list. */
    public static <P extends ParleyEntity, C> List<List<C>> groupUnder(List<P> parents, List<C> children,
            Function<C, Long> parentIdOf) {
        Map<Long, List<C>> byParent = new LinkedHashMap<>();
        for (C child : children) {
            byParent.computeIfAbsent(parentIdOf.apply(child), id -> new ArrayList<>()).add(child);
        }
        return parents.stream().map(parent -> byParent.getOrDefault(parent.id, List.of())).toList();
    }

    /** Rows of {@code select parent.id, child …} grouped under their parents. */
    public static <P extends ParleyEntity, C> List<List<C>> groupPairs(List<P> parents, List<Object[]> rows,
            Class<C> childType) {
        return groupUnder(parents, rows, row -> (Long) row[0]).stream()
                .map(group -> group.stream().map(row -> childType.cast(row[1])).toList())
                .toList();
    }

    /**
     * The record each parent refers to, loaded with one query for the whole batch. Reading the id of a
     * lazy reference does not initialise it, so no query runs per parent; references the session holds loaded
     * already (fetched with their parents, as concurrentIncidents does with places) need no query at all.
     */
    public static <P, R extends ParleyEntity> List<R> referenced(List<P> parents, Function<P, R> reference,
            Class<R> type) {
        List<Long> missing = new ArrayList<>();
        for (P parent : parents) {
            R ref = reference.apply(parent);
            if (ref != null && !Hibernate.isInitialized(ref)) {
                missing.add(ref.id);
            }
        }
        Map<Long, R> byId = byId(missing, type);
        List<R> result = new ArrayList<>(parents.size());
        for (P parent : parents) {
            R ref = reference.apply(parent);
            result.add(ref == null ? null : Hibernate.isInitialized(ref) ? unproxied(ref, type) : byId.get(ref.id));
        }
        return result;
    }

    /** The entity itself where the session handed out an initialised proxy for it. */
    private static <R> R unproxied(R ref, Class<R> type) {
        return type.cast(Hibernate.unproxy(ref));
    }

    /**
     * The {@code e} rows of one native statement over many parents, whose ids it takes as one array parameter
     * {@code :ids} ({@code where e.parent_id = any(:ids)}): its text is the same for any number of parents, so
     * Hibernate's plan cache serves it again, where an HQL {@code in} list is translated anew on every call (a
     * multi-valued parameter makes a query uncacheable). Before it, a session with pending writes flushes only those
     * to {@code type}, as HQL would.
     */
    public static <E> List<E> rowsFor(Class<E> type, String sql, Collection<Long> parentIds) {
        List<?> rows = overIds(sql, parentIds).addEntity("e", type).addSynchronizedEntityClass(type).getResultList();
        return rows.stream().map(type::cast).toList();
    }

    /**
     * Each parent's {@code e} rows reached through a link table, from one native statement (as {@link #rowsFor})
     * whose first column is the parent's id as {@code parent_key}: {@code select l.x_id as parent_key, {e.*} from
     * e join l … where l.x_id = any(:ids)}. Pending writes to {@code type} and to the link table are flushed first,
     * as an HQL join would.
     */
    @SuppressWarnings("unchecked")
    public static <P extends ParleyEntity, E> List<List<E>> linkedRowsFor(List<P> parents, Class<E> type,
            String linkTable, String sql) {
        List<Object[]> rows = (List<Object[]>) overIds(sql, ids(parents))
                .addScalar("parent_key", StandardBasicTypes.LONG) // rows of [parent id, e]
                .addEntity("e", type)
                .addSynchronizedEntityClass(type)
                .addSynchronizedQuerySpace(linkTable)
                .getResultList();
        return groupPairs(parents, rows, type);
    }

    /** A native statement with the ids bound as one array to {@code :ids}; see {@link #rowsFor}. */
    public static NativeQuery<?> overIds(String sql, Collection<Long> ids) {
        return Panache.getEntityManager().unwrap(Session.class).createNativeQuery(sql)
                .setParameter("ids", ids.toArray(Long[]::new));
    }

    /**
     * Records by id, with one statement (Hibernate's multi-load: an id array on PostgreSQL and H2, so the statement's
     * text does not change with the number of ids and no query is re-interpreted per request); none when there are
     * no ids. Not with the session checked first: that initialises the lazy references the session holds for these
     * ids one fetch batch (16) at a time.
     */
    public static <R extends ParleyEntity> Map<Long, R> byId(Collection<Long> ids, Class<R> type) {
        Map<Long, R> byId = new LinkedHashMap<>();
        List<Long> distinct = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (!distinct.isEmpty()) {
            for (R row : Panache.getEntityManager().unwrap(Session.class).byMultipleIds(type)
                    .withBatchSize(distinct.size()).multiLoad(distinct)) {
                if (row != null) {
                    byId.put(row.id, row);
                }
            }
        }
        return byId;
    }
}
