package dev.parley.common.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.SchemaTransformer;
import graphql.schema.idl.TypeInfo;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.util.TreeTransformerUtil;

/**
 * Makes every input scalar strict. SmallRye maps Java's int, double, LocalDate and OffsetDateTime through scalars
 * of its own that let anything through and narrow it later (JSON-B reads 4294967297 into an int as 1, 1.9999 as 1;
 * a string for a Float or a date-time it cannot read fails inside the resolver as an INTERNAL_ERROR). Here the
 * schema that operations run against gets the coercions of {@link StrictCoercions}, through the public
 * {@code instrumentSchema} seam; names, descriptions and the served SDL stay as SmallRye built them.
 * <p>
 * A refused value is a {@code BAD_USER_INPUT} error. graphql-java names only the variable it was found in, so
 * the input field inside that variable is located here and returned as {@code extensions.field}.
 */
public final class StrictScalars extends SimplePerformantInstrumentation {

    private volatile GraphQLSchema built;
    private volatile GraphQLSchema strict;

    @Override
    public GraphQLSchema instrumentSchema(GraphQLSchema schema, InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        if (schema != built) {
            // The copy holds new object types; interfaces and unions still resolve, because SchemaConventions made
            // their resolvers look the type up by name in the executing schema.
            strict = SchemaTransformer.transformSchema(schema, new GraphQLTypeVisitorStub() {
                @Override
                public TraversalControl visitGraphQLScalarType(GraphQLScalarType scalar,
                        TraverserContext<GraphQLSchemaElement> context) {
                    Coercing<?, ?> coercing = StrictCoercions.replacing(scalar);
                    return coercing == null ? TraversalControl.CONTINUE
                            : TreeTransformerUtil.changeNode(context, scalar.transform(s -> s.coercing(coercing)));
                }
            });
            built = schema;
        }
        return strict;
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().stream().noneMatch(StrictScalars::isRefusedVariable)) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> errors = new ArrayList<>();
        for (GraphQLError error : result.getErrors()) {
            errors.add(isRefusedVariable(error) ? naming(error, parameters) : error);
        }
        return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(errors)));
    }

    private static boolean isRefusedVariable(GraphQLError error) {
        // Ours carry the code; graphql-java's own String and Boolean refusals none.
        return error instanceof CoercingParseValueException
                && (error.getExtensions() == null || !error.getExtensions().containsKey("field"));
    }

    /** Adds the path of the refused value ({@code input.killed}) to graphql-java's "Variable 'input' has an invalid value". */
    private static GraphQLError naming(GraphQLError error, InstrumentationExecutionParameters parameters) {
        Refusal refusal = locate(parameters);
        if (refusal == null) {
            return error;
        }
        return GraphqlErrorBuilder.newError()
                .message("%s: %s".formatted(refusal.field(), refusal.problem()))
                .locations(error.getLocations())
                .errorType(error.getErrorType())
                .extensions(Map.of("code", StrictCoercions.CODE, "field", refusal.field()))
                .build();
    }

    /** Where in the variables a value was refused ({@code input.killed}, or a variable's own name), and why. */
    private record Refusal(String field, String problem) {
    }

    private static Refusal locate(InstrumentationExecutionParameters parameters) {
        Document document;
        try {
            document = Parser.parse(parameters.getQuery());
        } catch (RuntimeException unparsable) {
            return null;
        }
        Map<String, Object> variables = parameters.getVariables();
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            if (parameters.getOperation() != null && !parameters.getOperation().equals(operation.getName())) {
                continue;
            }
            for (VariableDefinition variable : operation.getVariableDefinitions()) {
                if (!variables.containsKey(variable.getName())) {
                    continue;
                }
                GraphQLType type = parameters.getSchema().getType(TypeInfo.typeInfo(variable.getType()).getName());
                if (type instanceof GraphQLInputType inputType) {
                    Refusal found = locate(wrap(inputType, variable.getType()), variables.get(variable.getName()),
                            variable.getName());
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }

    /** The schema type of a variable, with the list wrappers of its declaration (non-null ones do not matter here). */
    private static GraphQLInputType wrap(GraphQLInputType named, graphql.language.Type<?> declared) {
        if (declared instanceof graphql.language.NonNullType nonNull) {
            return wrap(named, nonNull.getType());
        }
        if (declared instanceof graphql.language.ListType list) {
            return GraphQLList.list(wrap(named, list.getType()));
        }
        return named;
    }

    private static Refusal locate(GraphQLInputType type, Object value, String path) {
        if (value == null) {
            return null;
        }
        if (type instanceof GraphQLNonNull nonNull) {
            return locate((GraphQLInputType) nonNull.getWrappedType(), value, path);
        }
        if (type instanceof GraphQLList list) {
            if (!(value instanceof List<?> items)) {
                return locate((GraphQLInputType) list.getWrappedType(), value, path);
            }
            for (int i = 0; i < items.size(); i++) {
                Refusal found = locate((GraphQLInputType) list.getWrappedType(), items.get(i), path + "[" + i + "]");
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (type instanceof GraphQLInputObjectType object) {
            if (!(value instanceof Map<?, ?> fields)) {
                // graphql-java's own message names Java's Map and BigDecimal
                return new Refusal(path, StrictCoercions.notA(value, object.getName(), "an object"));
            }
            for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
                Refusal found = locate(field.getType(), fields.get(field.getName()), path + "." + field.getName());
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (type instanceof GraphQLEnumType enumeration) {
            return value instanceof String name && enumeration.getValue(name) != null ? null
                    : new Refusal(path, StrictCoercions.notA(value, enumeration.getName(), "one of " + enumeration.getValues()
                            .stream().map(GraphQLEnumValueDefinition::getName).collect(Collectors.joining(", "))));
        }
        // The parameters hold the schema as SmallRye built it, so the strict coercion is named, not looked up.
        Coercing<?, ?> strict = type instanceof GraphQLScalarType scalar ? StrictCoercions.judging(scalar) : null;
        if (strict != null) {
            try {
                strict.parseValue(value, GraphQLContext.getDefault(), Locale.ROOT);
            } catch (CoercingParseValueException refused) {
                return new Refusal(path, refused.getMessage());
            }
        }
        return null;
    }

}
