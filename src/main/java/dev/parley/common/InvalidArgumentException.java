package dev.parley.common;

import java.time.LocalDate;

import io.smallrye.graphql.api.ErrorCode;

/** A client sent an argument outside its allowed range or shape; the message says which and why. */
@ErrorCode("INVALID_ARGUMENT")
public class InvalidArgumentException extends RuntimeException {

    public InvalidArgumentException(String message) {
        super(message);
    }

    public static void requireRange(String argument, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidArgumentException(
                    "%s must be between %d and %d, got %d".formatted(argument, min, max, value));
        }
    }

    public static void requireOrdered(String fromArgument, LocalDate from, String toArgument, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidArgumentException(
                    "%s (%s) must not be after %s (%s)".formatted(fromArgument, from, toArgument, to));
        }
    }
}
