package dev.parley.common;

import io.smallrye.graphql.api.ErrorCode;

/** An input refers to a record that does not exist (or not of the type the field expects). */
@ErrorCode("NOT_FOUND")
public class NotFoundException extends RuntimeException implements FieldError {

    private final String field;

    public NotFoundException(String field, String type, Object id) {
        super("%s: no %s has id %s".formatted(field, type, id));
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }
}
