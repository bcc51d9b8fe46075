package dev.parley.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.parley.common.ParleyEntity;
import dev.parley.common.Retraction;
import dev.parley.common.SqlConditions;
import dev.parley.common.paging.Connection;
import dev.parley.common.paging.Cursor;
import dev.parley.common.paging.KeysetQuery;
import dev.parley.common.paging.PageRequest;
import dev.parley.common.paging.SortKey;
import dev.parley.incidents.Incident;
import dev.parley.incidents.IncidentFilter;
import dev.parley.statements.Statement;
import dev.parley.talks.Talks;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Talks, incidents and statements in one chronological list. Each kind is read with its own keyset
 * query (an index range scan that stops after a page), and the three are merged: ids are unique
 * across types, so (date, id) orders every entry and serves as the cursor.
 */
@ApplicationScoped
public class Timeline {

    private record Entry(TimelineEntry entry, LocalDate date, long id) {
    }

    private static final Comparator<Entry> CHRONOLOGICAL = Comparator.comparing(Entry::date).thenComparing(Entry::id);

    @Transactional
    public Connection<TimelineEntry> page(LocalDate from, LocalDate to, Set<TimelineKind> kinds,
            IncidentFilter incidentFilter, PageRequest page) {
        List<Entry> walked = new ArrayList<>();
        if (kinds.contains(TimelineKind.TALKS)) {
            walked.addAll(walk(Talks.class, "talks", SortKey.byDate("e.start_date", (Talks t) -> t.startDate, false),
                    between("e.start_date", from, to), page, t -> t.startDate));
        }
        if (kinds.contains(TimelineKind.INCIDENT)) {
            SqlConditions conditions = between("e.occurred_on", from, to).addAll(incidentFilter.toSql("e"));
            walked.addAll(walk(Incident.class, "incident", SortKey.byDate("e.occurred_on", (Incident i) -> i.occurredOn, false),
                    conditions, page, i -> i.occurredOn));
        }
        if (kinds.contains(TimelineKind.STATEMENT)) {
            walked.addAll(walk(Statement.class, "statement", SortKey.byDate("e.said_on", (Statement s) -> s.saidOn, false),
                    between("e.said_on", from, to), page, s -> s.saidOn));
        }
        walked.sort(page.backward() ? CHRONOLOGICAL.reversed() : CHRONOLOGICAL);
        boolean more = walked.size() > page.size();
        List<Entry> entries = new ArrayList<>(walked.subList(0, Math.min(page.size(), walked.size())));
        if (page.backward()) {
            Collections.reverse(entries);
        }
        Connection<Entry> dated = Connection.of(entries, e -> new Cursor(e.date().toString(), e.id()), page, more,
                page.countTotal() ? () -> count(from, to, kinds, incidentFilter) : null);
        return new Connection<>(dated.edges.stream()
                .map(edge -> new dev.parley.common.paging.Edge<>(edge.cursor, edge.node.entry())).toList(),
                dated.pageInfo, dated.totalCount);
    }

    private static <E extends ParleyEntity & TimelineEntry> List<Entry> walk(Class<E> type, String table,
            SortKey<E> sort, SqlConditions conditions, PageRequest page, java.util.function.Function<E, LocalDate> dateOf) {
        return new KeysetQuery<>(type, table, sort, conditions).walk(page).stream()
                .map(row -> new Entry(row, dateOf.apply(row), row.id))
                .toList();
    }

    private static long count(LocalDate from, LocalDate to, Set<TimelineKind> kinds, IncidentFilter incidentFilter) {
        long total = 0;
        if (kinds.contains(TimelineKind.TALKS)) {
            total += countRows("talks", between("e.start_date", from, to));
        }
        if (kinds.contains(TimelineKind.INCIDENT)) {
            total += countRows("incident", between("e.occurred_on", from, to).addAll(incidentFilter.toSql("e")));
        }
        if (kinds.contains(TimelineKind.STATEMENT)) {
            total += countRows("statement", between("e.said_on", from, to));
        }
        return total;
    }

    private static long countRows(String table, SqlConditions conditions) {
        return ((Number) conditions.bind(Panache.getEntityManager()
                .createNativeQuery("select count(*) from %s e%s".formatted(table, conditions.where())))
                .getSingleResult()).longValue();
    }

    /** Standing records (retracted ones stay off the timeline) dated within the range. */
    private static SqlConditions between(String column, LocalDate from, LocalDate to) {
        return Retraction.standing("e", false)
                .add(column + " >= :tl_from", "tl_from", from).add(column + " <= :tl_to", "tl_to", to);
    }

    static Set<TimelineKind> kindsOrAll(List<TimelineKind> kinds) {
        return kinds == null || kinds.isEmpty() ? EnumSet.allOf(TimelineKind.class) : EnumSet.copyOf(kinds);
    }
}
