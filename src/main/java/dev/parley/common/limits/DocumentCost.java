package dev.parley.common.limits;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import dev.parley.common.paging.PageRequest;
import graphql.language.Argument;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.TypeName;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * What an operation would cost, measured on its document before execution: depth, aliases, fields, directives
 * per field, and the records its paginated lists could return. A field reached twice (say through a fragment spread
 * twice) counts twice, as it would be resolved twice.
 * <p>
 * Each selection set is measured once per parent type and its measure reused wherever it is spread, so the time
 * is linear in the document even when what it asks for is exponential: a 1 KB document whose fragments each
 * spread the previous one twice asks for 2^24 fields, and walking them one by one took 13 s. Records are linear in
 * the page sizes above a selection set, so a selection set's measure is taken for one parent record and scaled.
 * graphql-java's own analyses do not serve here: its QueryTraverser visits a fragment once however often it is
 * spread (it counts 3 fields in that document), and ExecutableNormalizedOperationFactory expands every spread.
 */
final class DocumentCost {

    private static final Set<String> INTROSPECTION_ROOTS = Set.of("__schema", "__type");

    int depth;
    /** Depth below __schema or __type; 0 when the operation does not introspect. */
    int introspectionDepth;
    long aliases;
    long fields;
    int maxDirectivesOnAField;
    long nodes;

    /**
     * The measure of one selection set for one parent record. Depths are kept apart for fields named __schema or
     * __type and for the others: at the root, introspection has its own limit.
     */
    private record Measure(int dataDepth, int introspectionDepth, long aliases, long fields, int maxDirectives, long nodes) {

        static final Measure NONE = new Measure(0, 0, 0, 0, 0, 0);

        int depth() {
            return Math.max(dataDepth, introspectionDepth);
        }

        Measure plus(Measure other) {
            return new Measure(Math.max(dataDepth, other.dataDepth), Math.max(introspectionDepth, other.introspectionDepth),
                    add(aliases, other.aliases), add(fields, other.fields), Math.max(maxDirectives, other.maxDirectives),
                    add(nodes, other.nodes));
        }
    }

    private final GraphQLSchema schema;
    private final Map<String, FragmentDefinition> fragments;
    private final Map<String, Object> variables;
    /** Measures by selection set (the node itself, not an equal one) and parent type. */
    private final Map<SelectionSet, Map<GraphQLCompositeType, Measure>> measured = new IdentityHashMap<>();

    private DocumentCost(GraphQLSchema schema, Map<String, FragmentDefinition> fragments, Map<String, Object> variables) {
        this.schema = schema;
        this.fragments = fragments;
        this.variables = variables;
    }

    static DocumentCost of(GraphQLSchema schema, GraphQLCompositeType root, SelectionSet selections,
            Map<String, FragmentDefinition> fragments, Map<String, Object> variables) {
        DocumentCost cost = new DocumentCost(schema, fragments, variables);
        Measure measure = cost.measure(selections, root);
        cost.depth = measure.dataDepth();
        cost.introspectionDepth = measure.introspectionDepth();
        cost.aliases = measure.aliases();
        cost.fields = measure.fields();
        cost.maxDirectivesOnAField = measure.maxDirectives();
        cost.nodes = measure.nodes();
        return cost;
    }

    private Measure measure(SelectionSet selectionSet, GraphQLCompositeType parent) {
        Map<GraphQLCompositeType, Measure> byParent = measured.computeIfAbsent(selectionSet, s -> new HashMap<>());
        if (byParent.containsKey(parent)) {
            Measure known = byParent.get(parent);
            return known == null ? Measure.NONE : known; // null: under way, a fragment cycle (validation rejects those)
        }
        byParent.put(parent, null);
        Measure total = Measure.NONE;
        for (Selection<?> selection : selectionSet.getSelections()) {
            if (selection instanceof Field field) {
                total = total.plus(measure(field, parent));
            } else if (selection instanceof InlineFragment inline) {
                total = total.plus(measure(inline.getSelectionSet(), on(inline.getTypeCondition(), parent)));
            } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                total = total.plus(measure(fragment.getSelectionSet(), on(fragment.getTypeCondition(), parent)));
            }
        }
        byParent.put(parent, total);
        return total;
    }

    /** A field for one parent record: itself and what it selects, its records times the records of its page. */
    private Measure measure(Field field, GraphQLCompositeType parent) {
        GraphQLFieldDefinition definition = parent instanceof GraphQLFieldsContainer container
                ? container.getFieldDefinition(field.getName()) : null;
        Measure below = Measure.NONE;
        if (field.getSelectionSet() != null) {
            GraphQLType type = definition == null ? null : GraphQLTypeUtil.unwrapAll(definition.getType());
            below = measure(field.getSelectionSet(), type instanceof GraphQLCompositeType composite ? composite : null);
        }
        long size = pageSize(field, definition);
        int depth = below.depth() + 1;
        boolean introspection = INTROSPECTION_ROOTS.contains(field.getName());
        return new Measure(introspection ? 0 : depth, introspection ? depth : 0,
                add(field.getAlias() != null ? 1 : 0, below.aliases()), add(1, below.fields()),
                Math.max(field.getDirectives().size(), below.maxDirectives()),
                add(size, multiply(size > 0 ? size : 1, below.nodes())));
    }

    /** Counts that saturate rather than wrap: a document may ask for more than a long holds (3 spreads, 40 levels). */
    private static long add(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }

    private static long multiply(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long product = a * b;
        return high != 0 || product < 0 ? Long.MAX_VALUE : product;
    }

    /** The page size of a paginated list field (one with a `first` argument); 0 for any other field. */
    private long pageSize(Field field, GraphQLFieldDefinition definition) {
        if (definition == null || definition.getArgument("first") == null) {
            return 0;
        }
        Long given = intArgument(field, "last");
        if (given == null) {
            given = intArgument(field, "first");
        }
        if (given != null) {
            return Math.max(given, 0);
        }
        GraphQLArgument first = definition.getArgument("first");
        Object fallback = first.hasSetDefaultValue() ? first.getArgumentDefaultValue().getValue() : null;
        if (fallback instanceof IntValue value) {
            return value.getValue().longValue();
        }
        return fallback instanceof Number number ? number.longValue() : PageRequest.DEFAULT_SIZE;
    }

    private Long intArgument(Field field, String name) {
        for (Argument argument : field.getArguments()) {
            if (!argument.getName().equals(name)) {
                continue;
            }
            if (argument.getValue() instanceof IntValue value) {
                return value.getValue().longValue();
            }
            if (argument.getValue() instanceof VariableReference reference
                    && variables.get(reference.getName()) instanceof Number number) {
                return number.longValue();
            }
        }
        return null;
    }

    private GraphQLCompositeType on(TypeName condition, GraphQLCompositeType otherwise) {
        if (condition != null && schema.getType(condition.getName()) instanceof GraphQLCompositeType type) {
            return type;
        }
        return otherwise;
    }
}
