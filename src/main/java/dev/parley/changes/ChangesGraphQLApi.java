package dev.parley.changes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.parley.common.Node;
import dev.parley.common.errors.ErrorBoundary;
import dev.parley.common.paging.Connection;
import dev.parley.common.paging.PageRequest;
import dev.parley.common.paging.Paging;
import dev.parley.incidents.Incident;
import dev.parley.statements.Statement;
import dev.parley.talks.Talks;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** The change feed: what a mirror reads to stay current. */
@GraphQLApi
@ErrorBoundary
public class ChangesGraphQLApi {

    private static final Map<String, Class<? extends Node>> TYPES = Map.of(
            "Incident", Incident.class, "Talks", Talks.class, "Statement", Statement.class);

    @Inject
    Paging paging;

    @Query("changes")
    @Description("Every incident, talks and statement created, revised or retracted, in the order the writes "
            + "committed, oldest first. Store the last cursor and pass it as `after` to get only what changed since; "
            + "a change committed meanwhile is never skipped nor listed twice. Writes made before the feed existed "
            + "(and the demo data) are not in it.")
    @Transactional
    public @NonNull Connection<RecordChange> changes(
            @Description("Cursor of the last change already seen; from the start of the feed when omitted.") String after,
            @Description(Paging.FIRST) Integer first) {
        PageRequest page = paging.request(first, after, null, null);
        long position = RecordChange.positionOf(page.cursor());
        List<RecordChange> rows = new ArrayList<>(RecordChange.after(position, page.size() + 1));
        boolean more = rows.size() > page.size();
        if (more) {
            rows.remove(rows.size() - 1);
        }
        return Connection.of(rows, RecordChange::cursorOf, page, more,
                page.countTotal() ? () -> RecordChange.count("position > ?1", position) : null);
    }

    @Description("The record as it is now (a later change may have altered it since).")
    @Transactional
    public List<Node> record(@Source List<RecordChange> changes) {
        Map<String, List<Long>> idsByType = new HashMap<>();
        changes.forEach(change -> idsByType.computeIfAbsent(change.recordType, t -> new ArrayList<>()).add(change.recordId));
        Map<Long, Node> byId = new HashMap<>();
        idsByType.forEach((type, ids) -> Panache.getEntityManager()
                .createQuery("from %s where id in :ids".formatted(TYPES.get(type).getSimpleName()), TYPES.get(type))
                .setParameter("ids", ids)
                .getResultList()
                .forEach(node -> byId.put(node.getId(), node)));
        return changes.stream().map(change -> byId.get(change.recordId)).toList();
    }
}
