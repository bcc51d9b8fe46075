package dev.parley.common;

import io.smallrye.graphql.api.ErrorCode;

/** A logged-in user without the role a change needs. */
@ErrorCode("FORBIDDEN")
public class NotAllowedException extends RuntimeException {

    public NotAllowedException() {
        super("Changes need the editor role, which this user does not have");
    }
}
