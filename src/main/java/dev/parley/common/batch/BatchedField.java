package dev.parley.common.batch;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import dev.parley.common.errors.Failures;
import graphql.schema.DataFetchingEnvironment;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.execution.datafetcher.PlugableBatchableDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.ArgumentHelper;
import io.smallrye.graphql.schema.model.Operation;
import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderOptions;
import org.dataloader.Try;

/**
 * One batched field: a resolver {@code List<V> field(@Source List<P> parents, arguments…)} called once per level of a
 * request for every parent that asked for the field with the same arguments. Parents whose aliases pass other
 * arguments ({@code narrow: concurrentIncidents(windowDays: 0)}, {@code wide: concurrentIncidents(windowDays: 4)})
 * form their own group, so each alias gets the answer to its own arguments (SmallRye's batching applies the first
 * alias's arguments to all). The resolver is called through its CDI bean, so its interceptors (error boundary,
 * transaction, security) apply once per group.
 * <p>
 * It is SmallRye's batch loader for the field (handed to SmallRye through {@code DataFetcherService}) and the
 * loader graphql-java dispatches level by level: {@link #load(DataFetchingEnvironment)} is what the field's data
 * fetcher calls for each parent.
 */
public final class BatchedField implements PlugableBatchableDataFetcher<Object, Object> {

    private static final DataLoaderOptions NOT_CACHED = DataLoaderOptions.newOptions().setCachingEnabled(false).build();

    private final String coordinates;
    private final Operation operation;
    private final ArgumentHelper arguments;
    private final boolean takesArguments;
    private volatile Method method;
    private volatile Object bean;

    BatchedField(String coordinates, Operation operation) {
        this.coordinates = coordinates;
        this.operation = operation;
        this.arguments = new ArgumentHelper(operation.getArguments());
        this.takesArguments = operation.getArguments().stream().anyMatch(a -> !a.isSourceArgument());
    }

    /** The field as GraphQL names it, {@code Type.field}. */
    public String coordinates() {
        return coordinates;
    }

    /** The resolver, e.g. {@code dev.parley.talks.TalksGraphQLApi#participants}. */
    public String resolver() {
        return operation.getClassName() + "#" + operation.getMethodName();
    }

    /** The value of this field for the parent that {@code environment} fetches it for, once its level is loaded. */
    public CompletionStage<Object> load(DataFetchingEnvironment environment) {
        DataLoader<Object, Object> loader = environment.getDataLoaderRegistry().computeIfAbsent(coordinates,
                key -> DataLoaderFactory.newDataLoader(this, NOT_CACHED));
        return loader.load(environment.getSource(), environment);
    }

    @Override
    public Object get(DataFetchingEnvironment environment) {
        return load(environment);
    }

    @Override
    public CompletionStage<List<Object>> load(List<Object> parents, BatchLoaderEnvironment environment) {
        List<Object> contexts = environment.getKeyContextsList();
        Map<Object, List<Integer>> positionsByArguments = new LinkedHashMap<>();
        for (int i = 0; i < parents.size(); i++) {
            Object key = takesArguments ? ((DataFetchingEnvironment) contexts.get(i)).getArguments() : "";
            positionsByArguments.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        Object[] results = new Object[parents.size()];
        positionsByArguments.values().forEach(positions -> {
            List<Object> group = positions.size() == parents.size() ? parents
                    : positions.stream().map(parents::get).toList();
            try {
                List<?> loaded = invoke(group, (DataFetchingEnvironment) contexts.get(positions.get(0)));
                for (int j = 0; j < positions.size(); j++) {
                    results[positions.get(j)] = loaded.get(j);
                }
            } catch (Throwable failure) {
                Try<Object> failed = Try.failed(failure instanceof Exception ? Failures.forClient(failure) : failure);
                positions.forEach(position -> results[position] = failed);
            }
        });
        return CompletableFuture.completedFuture(Arrays.asList(results));
    }

    private List<?> invoke(List<Object> parents, DataFetchingEnvironment environment) throws Throwable {
        Object[] values;
        if (takesArguments) {
            List<Object> given = arguments.getArguments(environment, true);
            values = new Object[given.size() + 1];
            values[0] = parents;
            for (int i = 0; i < given.size(); i++) {
                values[i + 1] = given.get(i);
            }
        } else {
            values = new Object[] { parents };
        }
        try {
            return (List<?>) resolverMethod().invoke(instance(), values);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private Method resolverMethod() {
        Method found = method;
        if (found == null) {
            found = method = BatchedFields.resolverMethod(operation);
        }
        return found;
    }

    private Object instance() {
        Object found = bean;
        if (found == null) {
            found = bean = Arc.container().instance(resolverMethod().getDeclaringClass()).get();
        }
        return found;
    }
}
