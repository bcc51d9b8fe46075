package dev.parley.common;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.OptimisticLockException;

/** Optimistic locking for editors: an update names the version it was made against. */
public final class Versions {

    private Versions() {
    }

    /** Fails fast when the editor's copy is already stale. */
    public static void require(ParleyEntity record, int current, int expected) {
        if (current != expected) {
            throw new ConflictException(record.getClass().getSimpleName(), record.id, expected, current);
        }
    }

    /**
     * Writes the change now, so that an editor who saved the same record between our read and our write
     * is detected here (as CONFLICT) rather than as an opaque failure at commit.
     */
    public static void flush(ParleyEntity record) {
        try {
            Panache.getEntityManager().flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException(record.getClass().getSimpleName(), record.id);
        }
    }
}
