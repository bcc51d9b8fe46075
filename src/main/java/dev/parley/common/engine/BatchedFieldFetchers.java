package dev.parley.common.engine;

import java.util.ArrayList;
import java.util.List;

import dev.parley.common.batch.BatchedFields;
import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;

/**
 * Puts the batched fields' data fetchers into the schema SmallRye built. SmallRye makes a {@link BatchDataFetcher}
 * for every {@code @Source List<…>} resolver itself (its {@code DataFetcherService} only supplies the loader behind
 * it); that fetcher builds a SmallRye context and a context-propagating Uni for every parent. It is replaced, by
 * coordinates, with {@link BatchedFields#fetcher}, which loads through the field's {@code BatchedField} directly.
 * <p>
 * The start-up check: no SmallRye field fetcher (Parley's {@link EngineDataFetchers} did not win) and no SmallRye
 * batch fetcher may be left, else the application does not start.
 */
final class BatchedFieldFetchers {

    private BatchedFieldFetchers() {
    }

    /** The schema with Parley's fetchers for batched fields; fails when SmallRye's per-field fetchers remain. */
    static GraphQLSchema installed(GraphQLSchema schema) {
        List<String> plainBySmallRye = new ArrayList<>();
        GraphQLSchema replaced = FetcherSwap.applied(schema, (type, field, fetcher) -> {
            if (fetcher instanceof FieldDataFetcher) {
                plainBySmallRye.add(type.getName() + "." + field.getName());
            }
            return fetcher instanceof BatchDataFetcher ? BatchedFields.fetcher(type.getName() + "." + field.getName())
                    : null;
        });
        if (!plainBySmallRye.isEmpty()) {
            throw new IllegalStateException("SmallRye's own FieldDataFetcher still reads " + plainBySmallRye
                    + ": Parley's DataFetcherService (EngineDataFetchers) is not in use");
        }
        return replaced;
    }
}
