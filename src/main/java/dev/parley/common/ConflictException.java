package dev.parley.common;

import io.smallrye.graphql.api.ErrorCode;

/**
 * An update was made against a stale version: someone else changed the record since the editor
 * read it. The editor reloads and decides again, rather than silently overwriting the other change.
 */
@ErrorCode("CONFLICT")
public class ConflictException extends RuntimeException implements FieldError {

    public ConflictException(String type, Object id, long expected, long current) {
        super("version: %s %s is at version %d, not %d; it was changed meanwhile, reload it and retry"
                .formatted(type, id, current, expected));
    }

    /** Someone saved the record between this change's read and its write. */
    public ConflictException(String type, Object id) {
        super("version: %s %s was changed by someone else while this change was saved; reload it and retry"
                .formatted(type, id));
    }

    @Override
    public String field() {
        return "version";
    }
}
