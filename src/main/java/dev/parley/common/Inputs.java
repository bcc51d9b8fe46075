package dev.parley.common;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
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

    /** The dates Parley stores and filters by; outside them a date is refused rather than shifted or lost. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1800, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2200, 12, 31);

    @Inject
    Validator validator;

    public <T> void validate(T input) {
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        violations.stream()
                .min(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .ifPresent(violation -> {
                    throw new InvalidInputException(violation.getPropertyPath().toString(), violation.getMessage());
                });
        Problem problem = scan(input, "");
        if (problem != null) {
            throw new InvalidInputException(problem.field(), problem.message());
        }
    }

    /**
     * The rules every value of a query's argument follows, whatever its type: supported dates and well-formed
     * text, checked through records and lists. {@code argument} names it in the message.
     */
    public static void checkArgument(String argument, Object value) {
        Problem problem = scan(value, argument);
        if (problem != null) {
            throw new InvalidArgumentException("%s: %s".formatted(problem.field(), problem.message()));
        }
    }

    private record Problem(String field, String message) {
    }

    /**
     * Rules no single field's annotation should have to repeat. A date outside the supported years would not
     * survive the trip through the database unchanged; a lone UTF-16 surrogate is not text and would be stored as '?'.
     */
    private static Problem scan(Object value, String path) {
        if (value instanceof String text) {
            return isWellFormed(text) ? null : new Problem(path, "contains an unpaired UTF-16 surrogate; send valid Unicode text");
        }
        if (value instanceof LocalDate date) {
            return date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)
                    ? new Problem(path, "%s is outside the supported dates, %s to %s".formatted(date, EARLIEST_DATE, LATEST_DATE))
                    : null;
        }
        if (value instanceof List<?> items) {
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) == null) {
                    return new Problem(path + "[" + i + "]", "a list item is null; leave it out instead");
                }
                Problem problem = scan(items.get(i), path + "[" + i + "]");
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        }
        if (value instanceof Record record && record.getClass().getPackageName().startsWith("dev.parley")) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                Object componentValue;
                try {
                    componentValue = component.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                Problem problem = scan(componentValue, path.isEmpty() ? component.getName() : path + "." + component.getName());
                if (problem != null) {
                    return problem;
                }
            }
        }
        return null;
    }

    private static boolean isWellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
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
