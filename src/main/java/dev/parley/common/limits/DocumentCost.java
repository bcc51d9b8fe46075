package dev.parley.common.limits;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
 * What an operation would cost, measured on its document before execution: depth, aliases,
 * fields, directives per field, and the records its paginated lists could return.
 */
final class DocumentCost {

    private static final java.util.Set<String> INTROSPECTION_ROOTS = java.util.Set.of("__schema", "__type");

    int depth;
    /** Depth below __schema or __type; 0 when the operation does not introspect. */
    int introspectionDepth;
    int aliases;
    int fields;
    int maxDirectivesOnAField;
    long nodes;

    private record Selected(Field field, GraphQLCompositeType parent) {
    }

    private final GraphQLSchema schema;
    private final Map<String, FragmentDefinition> fragments;
    private final Map<String, Object> variables;

    private DocumentCost(GraphQLSchema schema, Map<String, FragmentDefinition> fragments, Map<String, Object> variables) {
        this.schema = schema;
        this.fragments = fragments;
        this.variables = variables;
    }

    static DocumentCost of(GraphQLSchema schema, GraphQLCompositeType root, SelectionSet selections,
            Map<String, FragmentDefinition> fragments, Map<String, Object> variables) {
        DocumentCost cost = new DocumentCost(schema, fragments, variables);
        for (Selected selected : cost.fieldsOf(selections, root, 0)) {
            int fieldDepth = cost.walk(selected, 1, 1);
            if (INTROSPECTION_ROOTS.contains(selected.field().getName())) {
                cost.introspectionDepth = Math.max(cost.introspectionDepth, fieldDepth);
            } else {
                cost.depth = Math.max(cost.depth, fieldDepth);
            }
        }
        return cost;
    }

    /** @return the depth of the deepest field at or below this one */
    private int walk(Selected selected, int level, long multiplier) {
        Field field = selected.field();
        fields++;
        if (field.getAlias() != null) {
            aliases++;
        }
        maxDirectivesOnAField = Math.max(maxDirectivesOnAField, field.getDirectives().size());
        GraphQLFieldDefinition definition = selected.parent() instanceof GraphQLFieldsContainer container
                ? container.getFieldDefinition(field.getName()) : null;
        long size = pageSize(field, definition);
        nodes += multiplier * size;
        long childMultiplier = size > 0 ? multiplier * size : multiplier;
        int deepest = level;
        if (field.getSelectionSet() != null) {
            GraphQLType type = definition == null ? null : GraphQLTypeUtil.unwrapAll(definition.getType());
            GraphQLCompositeType childParent = type instanceof GraphQLCompositeType composite ? composite : null;
            for (Selected child : fieldsOf(field.getSelectionSet(), childParent, 0)) {
                deepest = Math.max(deepest, walk(child, level + 1, childMultiplier));
            }
        }
        return deepest;
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

    /**
     * The fields selected here, fragments flattened; a field inside a fragment on a type resolves
     * against that type. Validation has already rejected fragment cycles; the guard is a backstop.
     */
    private List<Selected> fieldsOf(SelectionSet selectionSet, GraphQLCompositeType parent, int nesting) {
        List<Selected> result = new ArrayList<>();
        if (nesting > 50) {
            return result;
        }
        for (Selection<?> selection : selectionSet.getSelections()) {
            if (selection instanceof Field field) {
                result.add(new Selected(field, parent));
            } else if (selection instanceof InlineFragment inline) {
                result.addAll(fieldsOf(inline.getSelectionSet(), on(inline.getTypeCondition(), parent), nesting + 1));
            } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                result.addAll(fieldsOf(fragment.getSelectionSet(), on(fragment.getTypeCondition(), parent), nesting + 1));
            }
        }
        return result;
    }

    private GraphQLCompositeType on(TypeName condition, GraphQLCompositeType otherwise) {
        if (condition != null && schema.getType(condition.getName()) instanceof GraphQLCompositeType type) {
            return type;
        }
        return otherwise;
    }
}
