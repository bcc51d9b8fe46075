package dev.parley.common.engine;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;

/**
 * Swaps SmallRye's data fetchers of one kind for direct ones, worked out once per fetcher. Where a fetcher has a
 * shape the replacement does not know, SmallRye's own stays.
 */
abstract class FetcherReplacement<F> extends SimplePerformantInstrumentation {

    private final Class<F> replaced;
    private final Map<DataFetcher<?>, DataFetcher<?>> replacements = new ConcurrentHashMap<>();

    FetcherReplacement(Class<F> replaced) {
        this.replaced = replaced;
    }

    /** The direct fetcher, or {@code smallRye} itself. */
    abstract DataFetcher<?> replacement(F smallRye) throws ReflectiveOperationException;

    @Override
    public final DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        if (!replaced.isInstance(fetcher)) {
            return fetcher;
        }
        return replacements.computeIfAbsent(fetcher, smallRye -> {
            try {
                return replacement(replaced.cast(smallRye));
            } catch (ReflectiveOperationException | RuntimeException e) {
                return smallRye;
            }
        });
    }

    /** SmallRye's fetchers keep what they fetch (schema field, resolver method) in private fields. */
    Object privateField(F smallRye, String name) throws ReflectiveOperationException {
        Field field = replaced.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(smallRye);
    }
}
