package dev.parley.common;

import io.smallrye.graphql.api.ErrorCode;

/** A change was asked for without logging in. */
@ErrorCode("UNAUTHORIZED")
public class NotAuthenticatedException extends RuntimeException {

    public NotAuthenticatedException() {
        super("Changes need an editor: log in with HTTP Basic or send a bearer token");
    }
}
