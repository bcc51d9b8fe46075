package dev.parley.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import dev.parley.record.TimelineEntry;
import dev.parley.common.ParleyEntity;
import dev.parley.common.paging.Connection;
import dev.parley.common.paging.Cursor;
import dev.parley.common.paging.Edge;
import dev.parley.common.paging.KeysetQuery;
import dev.parley.common.paging.PageRequest;
import dev.parley.common.paging.SortKey;
import dev.parley.incidents.Incident;
import dev.parley.incidents.IncidentQuery;
import dev.parley.common.sql.Alias;
import dev.parley.common.sql.Where;
import dev.parley.record.EditableRecord;
import dev.parley.statements.Statement;
import dev.parley.talks.Talks;
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

    /** One kind of entry: its keyset query over the range, and the date it sits at. */
    private record Kind<E extends ParleyEntity & TimelineEntry>(KeysetQuery<E> query, Function<E, LocalDate> dateOf) {

        List<Entry> walk(PageRequest page) {
            return query.walk(page).stream().map(row -> new Entry(row, dateOf.apply(row), row.id)).toList();
        }
    }

    @Transactional
    public Connection<TimelineEntry> page(LocalDate from, LocalDate to, Set<TimelineKind> kinds,
            IncidentQuery incidentFilter, PageRequest page) {
        List<Kind<?>> queries = kinds(from, to, kinds, incidentFilter);
        List<Entry> walked = new ArrayList<>();
        queries.forEach(kind -> walked.addAll(kind.walk(page)));
        walked.sort(page.backward() ? CHRONOLOGICAL.reversed() : CHRONOLOGICAL);
        boolean more = walked.size() > page.size();
        List<Entry> entries = new ArrayList<>(walked.subList(0, Math.min(page.size(), walked.size())));
        if (page.backward()) {
            Collections.reverse(entries);
        }
        Connection<Entry> dated = Connection.of(entries, e -> new Cursor(e.date().toString(), e.id()), page, more,
                page.countTotal() ? () -> queries.stream().mapToLong(kind -> kind.query().count()).sum() : null);
        return new Connection<>(dated.edges.stream()
                .map(edge -> new Edge<TimelineEntry>(edge.cursor, edge.node.entry())).toList(),
                dated.pageInfo, dated.totalCount);
    }

    /** Retracted records stay off the timeline: the talks and statements lists say so here, the incident query itself. */
    private static List<Kind<?>> kinds(LocalDate from, LocalDate to, Set<TimelineKind> kinds, IncidentQuery incidentFilter) {
        List<Kind<?>> queries = new ArrayList<>();
        if (kinds.contains(TimelineKind.TALKS)) {
            Alias talks = KeysetQuery.row("talks");
            queries.add(new Kind<>(new KeysetQuery<>(Talks.class, talks,
                    SortKey.byDate(talks.col("start_date"), (Talks t) -> t.startDate, false),
                    EditableRecord.listed(talks, false).and(between(talks.col("start_date"), from, to))),
                    t -> t.startDate));
        }
        if (kinds.contains(TimelineKind.INCIDENT)) {
            Alias incident = KeysetQuery.row("incident");
            queries.add(new Kind<>(new KeysetQuery<>(Incident.class, incident,
                    SortKey.byDate(incident.col("occurred_on"), (Incident i) -> i.occurredOn, false),
                    incidentFilter.where(incident).and(between(incident.col("occurred_on"), from, to))),
                    i -> i.occurredOn));
        }
        if (kinds.contains(TimelineKind.STATEMENT)) {
            Alias statement = KeysetQuery.row("statement");
            queries.add(new Kind<>(new KeysetQuery<>(Statement.class, statement,
                    SortKey.byDate(statement.col("said_on"), (Statement st) -> st.saidOn, false),
                    EditableRecord.listed(statement, false).and(between(statement.col("said_on"), from, to))),
                    st -> st.saidOn));
        }
        return queries;
    }

    private static Where between(String column, LocalDate from, LocalDate to) {
        return new Where().and(column + " >= ?", from).and(column + " <= ?", to);
    }

    static Set<TimelineKind> kindsOrAll(List<TimelineKind> kinds) {
        return kinds == null || kinds.isEmpty() ? EnumSet.allOf(TimelineKind.class) : EnumSet.copyOf(kinds);
    }
}
