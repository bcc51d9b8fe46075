package dev.parley.common.errors;

import io.smallrye.graphql.api.ErrorCode;

/** Stands in for an unexpected failure: the client learns only a reference to quote, never the cause. */
@ErrorCode("INTERNAL_ERROR")
public class InternalErrorException extends RuntimeException {

    public InternalErrorException(String reference) {
        super("Internal error; quote reference " + reference + " when reporting it");
    }
}
