package dev.parley.common;

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

    public <T> T validate(T input) {
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        violations.stream()
                .min(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .ifPresent(violation -> {
                    throw new InvalidInputException(violation.getPropertyPath().toString(), violation.getMessage());
                });
        return input;
    }

    /** End (or any later) date must not come before the start it belongs to. */
    public static void requireNotBefore(String laterField, java.time.LocalDate later, String earlierField,
            java.time.LocalDate earlier) {
        if (later != null && earlier != null && later.isBefore(earlier)) {
            throw new InvalidInputException(laterField,
                    "%s must not be before %s (%s)".formatted(later, earlierField, earlier));
        }
    }
}
