package dev.parley.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import dev.parley.common.ParleyEntity;
import dev.parley.common.batch.Batches;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import jakarta.persistence.TupleElement;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.AbstractEntityPersister;

/**
 * Reads the audit trail Envers keeps for any audited record type, for many records in one query, and tells
 * which fields each revision changed by comparing its row with the one before.
 * <p>
 * The audit rows are read with SQL rather than Envers' entity queries: those load every referenced record
 * as it was at each revision, one query per revision, where the trail only needs to know that a reference changed.
 */
@ApplicationScoped
public class History {

    private static final String[] KINDS = { "CREATED", "UPDATED", "DELETED" };

    public <E extends ParleyEntity> List<List<Change>> of(Class<E> type, List<E> records) {
        List<Long> ids = Batches.ids(records);
        if (ids.isEmpty()) {
            return List.of();
        }
        AbstractEntityPersister persister = persister(type);
        List<Tuple> rows = session()
                .createNativeQuery("select a.*, r.changed_at as audit_changed_at, r.changed_by as audit_changed_by"
                        + " from %s_aud a join revinfo r on r.id = a.rev where a.id in (:ids) order by a.rev"
                                .formatted(persister.getTableName()), Tuple.class)
                .setParameter("ids", ids)
                .getResultList();
        List<Map<String, Object>> revisions = rows.stream().map(History::byColumn).toList();
        return Batches.groupUnder(records, revisions, row -> ((Number) row.get("id")).longValue()).stream()
                .map(trail -> changes(persister, trail))
                .toList();
    }

    private static List<Change> changes(AbstractEntityPersister persister, List<Map<String, Object>> trail) {
        List<Change> changes = new ArrayList<>(trail.size());
        Map<String, Object> before = Map.of();
        for (Map<String, Object> row : trail) {
            changes.add(new Change(Math.toIntExact(((Number) row.get("rev")).longValue()),
                    OffsetDateTime.ofInstant(Instant.ofEpochMilli(((Number) row.get("audit_changed_at")).longValue()),
                            ZoneOffset.UTC),
                    (String) row.get("audit_changed_by"),
                    ChangeKind.valueOf(KINDS[((Number) row.get("revtype")).intValue()]),
                    changedFields(persister, before, row)));
            before = row;
        }
        return changes;
    }

    /** Fields by name, as the API shows them: a reference or an embedded value counts as one field. */
    private static List<String> changedFields(AbstractEntityPersister persister, Map<String, Object> before,
            Map<String, Object> after) {
        List<String> changed = new ArrayList<>();
        String[] properties = persister.getPropertyNames();
        for (int p = 0; p < properties.length; p++) {
            for (String column : persister.getPropertyColumnNames(p)) {
                String key = column.toLowerCase(Locale.ROOT);
                if (after.containsKey(key) && !Objects.equals(before.get(key), after.get(key))) {
                    changed.add(properties[p]);
                    break;
                }
            }
        }
        return changed;
    }

    /** Column names in lower case: H2 reports them in upper case, PostgreSQL in lower. */
    private static Map<String, Object> byColumn(Tuple row) {
        Map<String, Object> columns = new TreeMap<>();
        for (TupleElement<?> element : row.getElements()) {
            Object value = row.get(element);
            columns.put(element.getAlias().toLowerCase(Locale.ROOT),
                    value instanceof byte[] bytes ? Arrays.toString(bytes) : value);
        }
        return columns;
    }

    private static AbstractEntityPersister persister(Class<?> type) {
        return (AbstractEntityPersister) session().getSessionFactory().unwrap(SessionFactoryImplementor.class)
                .getMappingMetamodel().getEntityDescriptor(type);
    }

    private static Session session() {
        return Panache.getEntityManager().unwrap(Session.class);
    }
}
