package dev.parley.common.engine;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;

/**
 * The one walk over a schema's fields (introspection's own excepted) that the start-up changes to its data fetchers
 * share: each field's current fetcher is offered to a replacement, which returns the fetcher to use instead, or null to
 * keep it.
 */
final class FetcherSwap {

    @FunctionalInterface
    interface Replacement {
        DataFetcher<?> instead(GraphQLNamedType type, GraphQLFieldDefinition field, DataFetcher<?> current);
    }

    private FetcherSwap() {
    }

    static GraphQLSchema applied(GraphQLSchema schema, Replacement replacement) {
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        GraphQLCodeRegistry swapped = registry.transform(code -> {
            for (GraphQLNamedType type : schema.getAllTypesAsList()) {
                if (!(type instanceof GraphQLFieldsContainer container) || type.getName().startsWith("__")) {
                    continue;
                }
                for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
                    FieldCoordinates at = FieldCoordinates.coordinates(type.getName(), field.getName());
                    DataFetcher<?> instead = replacement.instead(type, field, registry.getDataFetcher(at, field));
                    if (instead != null) {
                        code.dataFetcher(at, instead);
                    }
                }
            }
        });
        return schema.transform(builder -> builder.codeRegistry(swapped));
    }
}
