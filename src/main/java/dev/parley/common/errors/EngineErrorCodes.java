package dev.parley.common.errors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.InputMapDefinesTooManyFieldsException;
import graphql.execution.UnknownOperationException;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.validation.ValidationError;

/**
 * Gives every error that graphql-java itself raises an {@code extensions.code}, so that clients switch on codes
 * rather than on messages: a document that does not parse ({@code GRAPHQL_PARSE_FAILED}) or is not valid against
 * the schema ({@code GRAPHQL_VALIDATION_FAILED}), variables that cannot be coerced to their declared types
 * ({@code BAD_USER_INPUT}; the message names the variable), an {@code operationName} the document does not hold
 * ({@code OPERATION_RESOLUTION_FAILURE}). Errors thrown by resolvers already carry the code of their exception
 * ({@code @ErrorCode}, added by SmallRye) and errors with a code of their own are left as they are; anything else
 * is a fault of the server ({@code INTERNAL_ERROR}). The README's "Error codes" table lists them all.
 * <p>
 * A {@link SimplePerformantInstrumentation}: the per-field hooks it does not use then cost nothing, where the
 * defaults of {@code Instrumentation} hand graphql-java a no-op context for every field fetched.
 */
public final class EngineErrorCodes extends SimplePerformantInstrumentation {

    private static final Pattern UNKNOWN_INPUT_FIELD = Pattern.compile("field name '([^']*)'");
    /**
     * SmallRye's message when it cannot turn an input object into its Java record (TransformException): it quotes the
     * value as JSON and names the Java class. Only the argument's name is kept.
     */
    private static final Pattern UNREADABLE_ARGUMENT = Pattern.compile(
            "^(?:Validation error .*?: )?argument '([^']*)' with value .* is not a valid 'Unknown Scalar Type \\[.*",
            Pattern.DOTALL);
    /**
     * graphql-java's message for an argument written in the document that does not fit its type quotes the value as
     * its Java syntax tree ({@code ObjectValue{objectFields=[…]}}); the argument's name and the reason stay, the
     * tree goes.
     */
    private static final Pattern WRONG_ARGUMENT_VALUE = Pattern.compile(
            "^(Validation error \\(WrongType@\\[[^\\]]*\\]\\) : argument '[^']*') with value '.*'"
                    + "( (?:must not be null|must be an object type|is not a valid '[^']*'(?: - .*)?"
                    + "|is missing required fields '.*'|contains a field not in '[^']*': '[^']*'))$",
            Pattern.DOTALL);
    /** An enum literal as graphql-java's syntax tree prints it in "not in allowable values": 'EnumValue{name='X'}'. */
    private static final Pattern ENUM_VALUE_NODE = Pattern.compile("'EnumValue\\{name='([^']*)'\\}'");
    /** String's and Boolean's literal check: "Expected an AST type of 'StringValue' but it was a 'IntValue'". */
    private static final Pattern NODE_TYPES = Pattern.compile("Expected an AST type of '(\\w+)' but it was a '(\\w+)'");
    private static final Map<String, String> NODE_TYPE_NAMES = Map.of("IntValue", "a whole number", "FloatValue",
            "a number with a fraction", "StringValue", "a string", "BooleanValue", "true or false", "EnumValue",
            "an enum value", "ObjectValue", "an object", "ArrayValue", "a list", "NullValue", "null");

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        List<GraphQLError> errors = result.getErrors();
        if (errors.isEmpty() || errors.stream().allMatch(EngineErrorCodes::hasCode)) {
            return CompletableFuture.completedFuture(result);
        }
        Map<String, Object> variables = parameters.getExecutionInput().getVariables();
        List<GraphQLError> coded = errors.stream()
                .map(error -> hasCode(error) ? error : withCode(error, message(error, variables))).toList();
        return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(coded)));
    }

    /** The code a client gets for an error graphql-java raised. */
    static String codeOf(GraphQLError error) {
        ErrorClassification type = error.getErrorType();
        if (type == ErrorType.InvalidSyntax) {
            return "GRAPHQL_PARSE_FAILED";
        }
        if (error instanceof ValidationError) {
            return "GRAPHQL_VALIDATION_FAILED";
        }
        if (error instanceof UnknownOperationException) {
            return "OPERATION_RESOLUTION_FAILURE";
        }
        if (type == ErrorType.ValidationError) {
            // The errors of variable coercion (CoercingParseValueException, NonNullableValueCoercedAsNullException,
            // InputMapDefinesTooManyFieldsException, the @oneOf ones) are all classified so, and name the variable.
            return "BAD_USER_INPUT";
        }
        return "INTERNAL_ERROR";
    }

    private static boolean hasCode(GraphQLError error) {
        // SmallRye adds the code of a resolver's exception when it writes the response.
        return error instanceof ExceptionWhileDataFetching
                || (error.getExtensions() != null && error.getExtensions().containsKey("code"));
    }

    /**
     * graphql-java names the variable in its coercion messages, except for an input field the type does not have;
     * then the variable whose value holds that field is named, if only one does.
     */
    private static String message(GraphQLError error, Map<String, Object> variables) {
        Matcher unknown = UNKNOWN_INPUT_FIELD.matcher(error.getMessage());
        if (!(error instanceof InputMapDefinesTooManyFieldsException) || !unknown.find()) {
            return error.getMessage();
        }
        List<String> holding = variables.entrySet().stream()
                .filter(variable -> holdsField(variable.getValue(), unknown.group(1))).map(Map.Entry::getKey).toList();
        return holding.size() == 1
                ? "Variable '%s' has an invalid value: %s".formatted(holding.get(0), error.getMessage().trim())
                : error.getMessage();
    }

    private static String readable(String description) {
        if (description == null) {
            return null;
        }
        Matcher unreadable = UNREADABLE_ARGUMENT.matcher(description);
        if (unreadable.matches()) {
            return "argument '%s' holds a value that does not fit its input type".formatted(unreadable.group(1));
        }
        Matcher wrong = WRONG_ARGUMENT_VALUE.matcher(description);
        return wrong.matches()
                ? wrong.group(1) + inWords(ENUM_VALUE_NODE.matcher(wrong.group(2)).replaceAll("'$1'"))
                : description;
    }

    private static String inWords(String reason) {
        return NODE_TYPES.matcher(reason).replaceAll(types -> Matcher.quoteReplacement("%s is expected, not %s".formatted(
                NODE_TYPE_NAMES.getOrDefault(types.group(1), types.group(1)),
                NODE_TYPE_NAMES.getOrDefault(types.group(2), types.group(2)))));
    }

    private static boolean holdsField(Object value, String field) {
        if (value instanceof Map<?, ?> object) {
            return object.containsKey(field) || object.values().stream().anyMatch(inner -> holdsField(inner, field));
        }
        return value instanceof List<?> list && list.stream().anyMatch(item -> holdsField(item, field));
    }

    private static GraphQLError withCode(GraphQLError error, String message) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (error.getExtensions() != null) {
            extensions.putAll(error.getExtensions());
        }
        extensions.put("code", codeOf(error));
        if (error instanceof ValidationError validation) {
            // Kept a ValidationError: SmallRye writes its validationErrorType and queryPath beside the code.
            return ValidationError.newValidationError()
                    .validationErrorType(validation.getValidationErrorType())
                    .description(readable(validation.getDescription()))
                    .sourceLocations(validation.getLocations())
                    .queryPath(validation.getQueryPath())
                    .extensions(extensions)
                    .build();
        }
        GraphqlErrorBuilder<?> copy = GraphqlErrorBuilder.newError()
                .message(message)
                .locations(error.getLocations())
                .path(error.getPath())
                .extensions(extensions);
        if (error.getErrorType() != null) {
            copy.errorType(error.getErrorType());
        }
        return copy.build();
    }
}
