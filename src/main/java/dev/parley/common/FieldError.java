package dev.parley.common;

/** A domain error caused by one input field, which clients get as {@code extensions.field}. */
public interface FieldError {

    /** The field's path within the mutation's input, e.g. {@code casualties.killed}. */
    String field();
}
