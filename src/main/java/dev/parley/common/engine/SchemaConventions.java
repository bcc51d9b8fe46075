package dev.parley.common.engine;

import static graphql.schema.FieldCoordinates.coordinates;
import static graphql.util.TreeTransformerUtil.changeNode;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.Scalars;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLAppliedDirectiveArgument;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeReference;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.GraphQLUnionType;
import graphql.schema.TypeResolver;
import graphql.schema.idl.ScalarInfo;
import graphql.schema.SchemaTransformer;
import graphql.schema.idl.SchemaPrinter;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import io.smallrye.graphql.spi.EventingService;

/**
 * Makes the schema SmallRye generates one that client tools build on, once, when SmallRye builds it (through
 * SmallRye's public {@code beforeSchemaBuild} hook and graphql-java's {@link SchemaTransformer}):
 * <ul>
 * <li>Relay names for the generic page types: SmallRye names {@code Connection<Talks>} {@code Connection_Talks};
 * it becomes {@code TalksConnection}, and {@code Edge_Talks} {@code TalksEdge}. Their resolvers move with them,
 * and interfaces and unions resolve to the types of the transformed schema.</li>
 * <li>The date scalars say what they hold and point at RFC 3339 with {@code @specifiedBy}.</li>
 * <li>The bounds of SmallRye's {@code @constraint} directive are {@code Int} and {@code Float}, as the fields they
 * bound, rather than {@code BigInteger} and {@code BigDecimal}, which code generators turn into {@code any}.</li>
 * </ul>
 * SmallRye's generic names are its own detail, so start-up fails loudly if a type name still holds an underscore
 * or the schema no longer prints.
 */
public class SchemaConventions implements EventingService {

    static final String RFC_3339 = "https://www.rfc-editor.org/rfc/rfc3339#section-5.6";

    private static final Pattern GENERIC_PAGE_TYPE = Pattern.compile("(Connection|Edge)_([A-Za-z0-9]+)");

    private static final Map<String, String> CONSTRAINT_BOUND_TYPES = Map.of(
            "BigInteger", "Int", "BigDecimal", "Float");

    /**
     * SmallRye's own Int and Float say "Scalar for Int"; an SDL cannot declare built-in scalars, so introspection
     * says what graphql-java's own say, as a schema built from the SDL does.
     */
    private static final Map<String, String> SCALAR_DESCRIPTIONS = Map.of(
            "Int", Scalars.GraphQLInt.getDescription(),
            "Float", Scalars.GraphQLFloat.getDescription(),
            "Date", "A calendar date, RFC 3339 full-date: yyyy-MM-dd, e.g. \"2025-12-19\".",
            "DateTime", "An instant with its offset from UTC, RFC 3339 date-time, e.g. \"2025-12-19T14:30:00Z\".");

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        // Batched fields first: their loaders are named by the types as SmallRye named them.
        GraphQLSchema schema = SchemaTransformer.transformSchema(
                OperationTimers.installed(BatchedFieldFetchers.installed(builder.build())), new Conventions());
        check(schema);
        GraphQLCodeRegistry registry = resolvingByName(schema);
        return GraphQLSchema.newSchema(schema).codeRegistry(registry.transform(
                code -> code.fieldVisibility(FieldVisibilities.configured(registry.getFieldVisibility()))));
    }

    /**
     * SmallRye's type resolvers for interfaces and unions return the object types it built, and the transformed
     * schema holds new ones (every type that uses a changed one is new); graphql-java matches fragments against the
     * executing schema's types, so the resolved type is looked up there by its name.
     */
    private static GraphQLCodeRegistry resolvingByName(GraphQLSchema schema) {
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        return registry.transform(code -> {
            for (GraphQLNamedType type : schema.getAllTypesAsList()) {
                if (type instanceof GraphQLInterfaceType abstractType) {
                    code.typeResolver(abstractType, byName(registry.getTypeResolver(abstractType)));
                } else if (type instanceof GraphQLUnionType abstractType) {
                    code.typeResolver(abstractType, byName(registry.getTypeResolver(abstractType)));
                }
            }
        });
    }

    private static TypeResolver byName(TypeResolver smallRye) {
        return environment -> {
            GraphQLObjectType resolved = smallRye.getType(environment);
            return resolved == null ? null : environment.getSchema().getObjectType(resolved.getName());
        };
    }

    private static void check(GraphQLSchema schema) {
        List<String> generic = schema.getAllTypesAsList().stream().map(GraphQLNamedType::getName)
                .filter(name -> !name.startsWith("__") && name.contains("_")).toList();
        if (!generic.isEmpty()) {
            throw new IllegalStateException("Types named by SmallRye's generics naming remain, " + generic
                    + "; SchemaConventions renames only Connection_X and Edge_X");
        }
        new SchemaPrinter(SchemaPrinter.Options.defaultOptions().includeDirectives(true).includeScalarTypes(true))
                .print(schema);
    }

    private static final class Conventions extends GraphQLTypeVisitorStub {

        @Override
        public TraversalControl visitGraphQLObjectType(GraphQLObjectType type,
                TraverserContext<GraphQLSchemaElement> context) {
            Matcher generic = GENERIC_PAGE_TYPE.matcher(type.getName());
            if (!generic.matches()) {
                return TraversalControl.CONTINUE;
            }
            String name = generic.group(2) + generic.group(1);
            GraphQLCodeRegistry.Builder code = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
            for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
                var old = coordinates(type.getName(), field.getName());
                if (code.hasDataFetcher(old)) {
                    code.dataFetcher(coordinates(name, field.getName()), code.getDataFetcher(old, field));
                }
            }
            return changeNode(context, type.transform(renamed -> renamed.name(name)));
        }

        @Override
        public TraversalControl visitGraphQLScalarType(GraphQLScalarType scalar,
                TraverserContext<GraphQLSchemaElement> context) {
            String description = SCALAR_DESCRIPTIONS.get(scalar.getName());
            if (description == null || description.equals(scalar.getDescription())) {
                return TraversalControl.CONTINUE;
            }
            if (ScalarInfo.isGraphqlSpecifiedScalar(scalar.getName())) {
                return changeNode(context, scalar.transform(standard -> standard.description(description)));
            }
            GraphQLAppliedDirective specifiedBy = GraphQLAppliedDirective.newDirective().name("specifiedBy")
                    .argument(GraphQLAppliedDirectiveArgument.newArgument().name("url")
                            .type(GraphQLNonNull.nonNull(Scalars.GraphQLString)).valueProgrammatic(RFC_3339))
                    .build();
            return changeNode(context, scalar.transform(specified -> specified.description(description)
                    .specifiedByUrl(RFC_3339).withAppliedDirective(specifiedBy)));
        }

        @Override
        public TraversalControl visitGraphQLDirective(GraphQLDirective directive,
                TraverserContext<GraphQLSchemaElement> context) {
            if (!"constraint".equals(directive.getName())) {
                return TraversalControl.CONTINUE;
            }
            return changeNode(context, directive.transform(bounded -> {
                bounded.clearArguments();
                for (GraphQLArgument argument : directive.getArguments()) {
                    bounded.argument(argument.transform(typed -> typed.type(boundType(argument.getType()))));
                }
            }));
        }

        @Override
        public TraversalControl visitGraphQLAppliedDirectiveArgument(GraphQLAppliedDirectiveArgument argument,
                TraverserContext<GraphQLSchemaElement> context) {
            if (!(context.getParentNode() instanceof GraphQLAppliedDirective applied)
                    || !"constraint".equals(applied.getName()) || boundType(argument.getType()) == argument.getType()) {
                return TraversalControl.CONTINUE;
            }
            return changeNode(context, argument.transform(typed -> typed.type(boundType(argument.getType()))));
        }

        /** By reference: SmallRye has its own Int and Float, and a schema holds one type of each name. */
        private static GraphQLInputType boundType(GraphQLInputType type) {
            return type instanceof GraphQLScalarType scalar && CONSTRAINT_BOUND_TYPES.containsKey(scalar.getName())
                    ? GraphQLTypeReference.typeRef(CONSTRAINT_BOUND_TYPES.get(scalar.getName()))
                    : type;
        }
    }
}
