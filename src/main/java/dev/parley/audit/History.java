package dev.parley.audit;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import dev.parley.common.ParleyEntity;
import dev.parley.common.batch.Batches;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Embeddable;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.persistence.Version;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

/**
 * Reads the audit trail Envers keeps for any audited record type, for many records in one query, and
 * tells which fields each revision changed by comparing it with the revision before.
 */
@ApplicationScoped
public class History {

    public <E extends ParleyEntity> List<List<Change>> of(Class<E> type, List<E> records) {
        List<Long> ids = Batches.ids(records);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<?> rows = AuditReaderFactory.get(Panache.getEntityManager()).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().in(ids))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<Object[]> revisions = rows.stream().map(row -> (Object[]) row).toList();
        return Batches.groupUnder(records, revisions, row -> ((ParleyEntity) row[0]).id).stream()
                .map(trail -> changes(type, trail))
                .toList();
    }

    private List<Change> changes(Class<?> type, List<Object[]> trail) {
        List<Change> changes = new ArrayList<>(trail.size());
        Object before = null;
        for (Object[] row : trail) {
            Revision revision = (Revision) row[1];
            changes.add(new Change(revision.id,
                    OffsetDateTime.ofInstant(Instant.ofEpochMilli(revision.changedAt), ZoneOffset.UTC),
                    revision.changedBy, kind((RevisionType) row[2]), changedFields(type, before, row[0])));
            before = row[0];
        }
        return changes;
    }

    private static ChangeKind kind(RevisionType type) {
        return switch (type) {
            case ADD -> ChangeKind.CREATED;
            case MOD -> ChangeKind.UPDATED;
            case DEL -> ChangeKind.DELETED;
        };
    }

    private List<String> changedFields(Class<?> type, Object before, Object after) {
        List<String> changed = new ArrayList<>();
        for (Field field : valueFields(type)) {
            if (isAuditedValue(field) && !Objects.equals(comparable(before, field), comparable(after, field))) {
                changed.add(field.getName());
            }
        }
        return changed;
    }

    /**
     * The fields the class itself declares, made readable: at run time Quarkus has turned the public fields
     * of entities into private ones behind accessors, and added fields of its own.
     */
    private static List<Field> valueFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers()) && !field.getName().startsWith("$$_hibernate")) {
                field.setAccessible(true);
                fields.add(field);
            }
        }
        return fields;
    }

    private static boolean isAuditedValue(Field field) {
        return !Collection.class.isAssignableFrom(field.getType())
                && !field.isAnnotationPresent(Version.class) && !field.isAnnotationPresent(NotAudited.class);
    }

    /** A value that equals() another snapshot's when the field holds the same thing. */
    private Object comparable(Object snapshot, Field field) {
        Object value = snapshot == null ? null : read(snapshot, field);
        if (value instanceof ParleyEntity reference) {
            // A reference may be an uninitialised proxy: ask for its id without loading it.
            return persistenceUnit().getIdentifier(reference);
        }
        if (value != null && value.getClass().isAnnotationPresent(Embeddable.class)) {
            List<Object> parts = new ArrayList<>();
            for (Field part : valueFields(value.getClass())) {
                parts.add(read(value, part));
            }
            return parts;
        }
        return value;
    }

    private static Object read(Object target, Field field) {
        try {
            return field.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Audited field %s is not readable".formatted(field), e);
        }
    }

    private static PersistenceUnitUtil persistenceUnit() {
        return Panache.getEntityManager().getEntityManagerFactory().getPersistenceUnitUtil();
    }
}
