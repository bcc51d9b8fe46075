package dev.parley.common;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Checks a mutation's input against the constraints on its components before anything is read or
 * written. Done here rather than by SmallRye's argument validation so every broken constraint comes back
 * the same way as the domain rules: code INVALID_INPUT and the offending field.
 */
@ApplicationScoped
public class Inputs {

    @Inject
    Validator validator;

    public <T> void validate(T input) {
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        violations.stream()
                .min(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .ifPresent(violation -> {
                    throw new InvalidInputException(violation.getPropertyPath().toString(), violation.getMessage());
                });
    }

    /** An end must not come before its start; the end is the offending field. */
    public static void requireNotBefore(String endField, LocalDate end, String startField, LocalDate start) {
        if (end != null && start != null && end.isBefore(start)) {
            throw new InvalidInputException(endField, "%s must not be before %s (%s)".formatted(end, startField, start));
        }
    }

    /** A start must not come after its end; the start is the offending field. */
    public static void requireNotAfter(String startField, LocalDate start, String endField, LocalDate end) {
        if (end != null && start != null && start.isAfter(end)) {
            throw new InvalidInputException(startField, "%s must not be after %s (%s)".formatted(start, endField, end));
        }
    }
}
