package dev.parley.common;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.quarkus.hibernate.orm.panache.Panache;

/** Turns the ids a mutation's input refers to into records, failing with NOT_FOUND on the field that names a missing one. */
public final class References {

    private References() {
    }

    public static <E extends ParleyEntity> E require(Class<E> type, String field, String id) {
        if (id == null) {
            throw new InvalidInputException(field, "must not be null");
        }
        E found = Panache.getEntityManager().find(type, Ids.ofInputField(field, id));
        if (found == null) {
            throw new NotFoundException(field, type.getSimpleName(), id);
        }
        return found;
    }

    /** Null when the input leaves the reference out. */
    public static <E extends ParleyEntity> E optional(Class<E> type, String field, String id) {
        return id == null ? null : require(type, field, id);
    }

    public static <E extends ParleyEntity> Set<E> all(Class<E> type, String field, List<String> ids) {
        Set<E> found = new LinkedHashSet<>();
        if (ids != null) {
            for (int i = 0; i < ids.size(); i++) {
                found.add(require(type, "%s[%d]".formatted(field, i), ids.get(i)));
            }
        }
        return found;
    }
}
