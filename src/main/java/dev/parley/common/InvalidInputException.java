package dev.parley.common;

import io.smallrye.graphql.api.ErrorCode;

/** A mutation's input breaks a rule; {@link #field()} names the offending input field, e.g. {@code place.country}. */
@ErrorCode("INVALID_INPUT")
public class InvalidInputException extends RuntimeException implements FieldError {

    private final String field;

    public InvalidInputException(String field, String problem) {
        super("%s: %s".formatted(field, problem));
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }
}
