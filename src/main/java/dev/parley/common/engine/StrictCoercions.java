package dev.parley.common.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import graphql.GraphQLContext;
import graphql.Scalars;
import graphql.execution.CoercedVariables;
import graphql.language.BooleanValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/**
 * The input coercions {@link StrictScalars} puts in place of the lenient ones SmallRye builds. SmallRye's scalars let
 * anything through and convert it only when it fills the Java argument: a string for a {@code Float} or a
 * {@code DateTime} it cannot read then fails inside the resolver, which answers null and an INTERNAL_ERROR
 * beside the real complaint. Here every input scalar accepts the JSON and GraphQL values its type allows and refuses
 * the rest, naming what it got (never a Java class) and what it expects; accepted values go on to the scalar's own
 * coercion unchanged, so resolvers receive what they always did.
 */
final class StrictCoercions {

    static final String CODE = "BAD_USER_INPUT";

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final int QUOTED_LENGTH = 40;

    private StrictCoercions() {
    }

    /**
     * The coercion to run in place of the scalar's own, or null to keep its own. graphql-java's String and Boolean
     * are strict already, and the introspection types hold those very instances: a copy would put two types of one
     * name in the schema.
     */
    static Coercing<?, ?> replacing(GraphQLScalarType scalar) {
        return switch (scalar.getName()) {
            case "String", "Boolean" -> null;
            default -> judging(scalar);
        };
    }

    /** The strict coercion that judges a value of this scalar and says what is wrong with it; null for none. */
    static Coercing<?, ?> judging(GraphQLScalarType scalar) {
        Coercing<?, ?> own = scalar.getCoercing();
        return switch (scalar.getName()) {
            case "Int" -> new StrictInt();
            case "Float" -> new Checked(own, "Float", "a finite number", StrictCoercions::isFiniteNumber,
                    literal -> literal instanceof IntValue || literal instanceof FloatValue floating
                            && Double.isFinite(floating.getValue().doubleValue()));
            case "ID" -> new Checked(own, "ID", "a string or a whole number",
                    input -> input instanceof String || isWholeNumber(input),
                    literal -> literal instanceof StringValue || literal instanceof IntValue);
            case "String" -> new Checked(own, "String", "a string", String.class::isInstance,
                    StringValue.class::isInstance);
            case "Boolean" -> new Checked(own, "Boolean", "true or false", Boolean.class::isInstance,
                    BooleanValue.class::isInstance);
            case "Date" -> new Checked(own, "Date", "a calendar date written yyyy-MM-dd",
                    input -> input instanceof LocalDate || isDate(input),
                    literal -> literal instanceof StringValue text && isDate(text.getValue()));
            case "DateTime" -> new Checked(own, "DateTime",
                    "a date and time with its offset, written yyyy-MM-ddTHH:mm:ssZ or yyyy-MM-ddTHH:mm:ss+hh:mm",
                    input -> input instanceof OffsetDateTime || isDateTime(input),
                    literal -> literal instanceof StringValue text && isDateTime(text.getValue()));
            default -> null;
        };
    }

    static CoercingParseValueException refused(String message) {
        return CoercingParseValueException.newCoercingParseValueException()
                .message(message).extensions(Map.of("code", CODE)).build();
    }

    /** graphql-java's Int: a whole number from -2^31 to 2^31-1; no fraction, no wrapping, no strings. */
    static final class StrictInt implements Coercing<Integer, Integer> {

        private static final Coercing<?, ?> STANDARD = Scalars.GraphQLInt.getCoercing();
        private static final String EXPECTED = "a whole number from %d to %d".formatted(Integer.MIN_VALUE, Integer.MAX_VALUE);

        @Override
        public Integer serialize(Object result, GraphQLContext context, Locale locale) throws CoercingSerializeException {
            return (Integer) STANDARD.serialize(result, context, locale);
        }

        @Override
        public Integer parseValue(Object input, GraphQLContext context, Locale locale) throws CoercingParseValueException {
            try {
                return (Integer) STANDARD.parseValue(input, context, locale);
            } catch (CoercingParseValueException e) {
                throw refused(notA(input, "Int", EXPECTED));
            }
        }

        @Override
        public Integer parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale)
                throws CoercingParseLiteralException {
            try {
                return (Integer) STANDARD.parseLiteral(input, variables, context, locale);
            } catch (CoercingParseLiteralException e) {
                // graphql-java's message names its syntax tree's classes (IntValue, FloatValue)
                throw new CoercingParseLiteralException(EXPECTED + " is expected");
            }
        }

        @Override
        public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
            return STANDARD.valueToLiteral(input, context, locale);
        }
    }

    /**
     * A scalar's own coercion behind a check of the value's kind: what passes the check goes on unchanged, what does
     * not is refused as {@code BAD_USER_INPUT} (a variable) or fails validation (a value written in the document).
     * Whether a valid value is one Parley supports (a year, a range) is a domain rule, checked later.
     */
    static final class Checked implements Coercing<Object, Object> {

        private final Coercing<Object, Object> own;
        private final String name;
        private final String expected;
        private final Predicate<Object> acceptsValue;
        private final Predicate<Value<?>> acceptsLiteral;

        @SuppressWarnings("unchecked")
        Checked(Coercing<?, ?> own, String name, String expected, Predicate<Object> acceptsValue,
                Predicate<Value<?>> acceptsLiteral) {
            this.own = (Coercing<Object, Object>) own;
            this.name = name;
            this.expected = expected;
            this.acceptsValue = acceptsValue;
            this.acceptsLiteral = acceptsLiteral;
        }

        @Override
        public Object serialize(Object result, GraphQLContext context, Locale locale) throws CoercingSerializeException {
            return own.serialize(result, context, locale);
        }

        @Override
        public Object parseValue(Object input, GraphQLContext context, Locale locale) throws CoercingParseValueException {
            if (!acceptsValue.test(input)) {
                throw refused(notA(input, name, expected));
            }
            return own.parseValue(input, context, locale);
        }

        @Override
        public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale)
                throws CoercingParseLiteralException {
            if (!acceptsLiteral.test(input)) {
                throw new CoercingParseLiteralException(expected + " is expected");
            }
            return own.parseLiteral(input, variables, context, locale);
        }

        @Override
        public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
            return own.valueToLiteral(input, context, locale);
        }
    }

    private static boolean isFiniteNumber(Object input) {
        return input instanceof Number number && !(input instanceof Boolean) && Double.isFinite(number.doubleValue());
    }

    private static boolean isWholeNumber(Object input) {
        if (input instanceof Integer || input instanceof Long || input instanceof BigInteger) {
            return true;
        }
        if (input instanceof BigDecimal decimal) {
            try {
                decimal.toBigIntegerExact();
                return true;
            } catch (ArithmeticException fraction) {
                return false;
            }
        }
        return false;
    }

    private static boolean isDate(Object input) {
        return input instanceof String text && ISO_DATE.matcher(text).matches() && parses(text, LocalDate::parse);
    }

    private static boolean isDateTime(Object input) {
        return input instanceof String text && parses(text, OffsetDateTime::parse);
    }

    private static boolean parses(String text, Function<String, ?> parser) {
        try {
            parser.apply(text);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** "'yesterday' is not a Date: a calendar date written yyyy-MM-dd is expected". */
    static String notA(Object input, String type, String expected) {
        String article = "AEIOU".indexOf(type.charAt(0)) >= 0 ? "an" : "a";
        return "%s is not %s %s: %s is expected".formatted(described(input), article, type, expected);
    }

    /** What a client sent, in its own JSON terms: the number or (short) text itself, else its kind. */
    private static String described(Object input) {
        if (input instanceof Number number) {
            return number.toString();
        }
        if (input instanceof String text) {
            return text.length() <= QUOTED_LENGTH && text.chars().noneMatch(c -> Character.isSurrogate((char) c))
                    ? "'" + text + "'" : "a string";
        }
        if (input instanceof Boolean) {
            return "a boolean";
        }
        if (input instanceof Map<?, ?>) {
            return "an object";
        }
        if (input instanceof List<?>) {
            return "a list";
        }
        return "a value of another kind";
    }
}
