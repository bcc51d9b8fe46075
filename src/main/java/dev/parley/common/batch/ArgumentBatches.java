package dev.parley.common.batch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;

import dev.parley.common.errors.Failures;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dataloader.BatchLoaderWithContext;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderOptions;

/**
 * Batches a field that takes arguments, honouring each alias's own arguments.
 * <p>
 * SmallRye's {@code @Source List<…>} batching gathers every alias of a field into one batch and
 * applies the first alias's arguments to all of them, so {@code a: f(n: 1)} and {@code b: f(n: 40)}
 * would both get the result for 1. Here the parents are grouped by their arguments instead, and
 * each group is loaded with one query: one statement per distinct set of arguments per level.
 * The loader joins the request's own DataLoader registry, so graphql-java dispatches it level by
 * level together with SmallRye's loaders.
 */
@ApplicationScoped
public class ArgumentBatches {

    @Inject
    Context context;

    /**
     * @param name unique per field, e.g. {@code "Talks.concurrentIncidents"}
     * @param arguments a value with equals/hashCode (a record) holding the field's arguments
     * @param loadGroup loads the results of a group of parents sharing the same arguments, in order
     */
    public <P, A, V> CompletionStage<V> load(String name, P parent, A arguments,
            BiFunction<List<P>, A, List<V>> loadGroup) {
        DataFetchingEnvironment environment = context.unwrap(DataFetchingEnvironment.class);
        DataLoader<P, V> loader = environment.getDataLoaderRegistry().computeIfAbsent(name,
                key -> DataLoaderFactory.newDataLoader(groupedByArguments(loadGroup),
                        DataLoaderOptions.newOptions().setCachingEnabled(false).build()));
        return loader.load(parent, arguments);
    }

    @SuppressWarnings("unchecked")
    private static <P, A, V> BatchLoaderWithContext<P, V> groupedByArguments(
            BiFunction<List<P>, A, List<V>> loadGroup) {
        return (parents, environment) -> {
            List<Object> argumentsOfEach = environment.getKeyContextsList();
            Map<A, List<Integer>> positionsByArguments = new LinkedHashMap<>();
            for (int i = 0; i < parents.size(); i++) {
                positionsByArguments.computeIfAbsent((A) argumentsOfEach.get(i), a -> new ArrayList<>()).add(i);
            }
            Object[] results = new Object[parents.size()];
            positionsByArguments.forEach((arguments, positions) -> {
                List<P> group = positions.stream().map(parents::get).toList();
                List<V> loaded;
                try {
                    loaded = loadGroup.apply(group, arguments);
                } catch (RuntimeException failure) {
                    throw Failures.forClient(failure);
                }
                for (int j = 0; j < positions.size(); j++) {
                    results[positions.get(j)] = loaded.get(j);
                }
            });
            return CompletableFuture.completedFuture((List<V>) Arrays.asList(results));
        };
    }
}
