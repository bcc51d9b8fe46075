package dev.parley.common.batch;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.schema.model.Argument;
import io.smallrye.graphql.schema.model.Operation;

/**
 * Every batched field of the schema, by its coordinates ({@code Talks.participants}). SmallRye hands each batched
 * resolver's {@link Operation} to Parley's {@code DataFetcherService} when it sets up a request's loaders; the field's
 * data fetcher ({@link #fetcher}) finds it here by coordinates. A field asked for before SmallRye announced it is a
 * broken seam and fails loudly.
 */
public final class BatchedFields {

    private static final Map<String, BatchedField> FIELDS = new ConcurrentHashMap<>();

    private BatchedFields() {
    }

    /** A resolver taking {@code @Source List<Parent>}: SmallRye batches it. */
    public static boolean isBatch(Operation operation) {
        return operation.isSourceField() && operation.getArguments().stream().anyMatch(BatchedFields::isSourceList);
    }

    private static boolean isSourceList(Argument argument) {
        return argument.isSourceArgument() && argument.hasWrapper() && argument.getWrapper().isCollectionOrArrayOrMap();
    }

    /** The batched field of this resolver, made once. */
    public static BatchedField of(Operation operation) {
        String coordinates = operation.getSourceFieldOn().getName() + "." + operation.getName();
        BatchedField field = FIELDS.get(coordinates);
        return field != null ? field : FIELDS.computeIfAbsent(coordinates, c -> new BatchedField(c, operation));
    }

    /** The data fetcher of the field at these coordinates (type name as SmallRye generated it). */
    public static DataFetcher<Object> fetcher(String coordinates) {
        return new Fetcher(coordinates);
    }

    /** The batched fields announced so far, by coordinates. */
    public static Map<String, BatchedField> known() {
        return Map.copyOf(FIELDS);
    }

    static Method resolverMethod(Operation operation) {
        try {
            Class<?> api = Class.forName(operation.getClassName(), true, Thread.currentThread().getContextClassLoader());
            return Arrays.stream(api.getMethods())
                    .filter(m -> m.getName().equals(operation.getMethodName()) && m.getParameterCount() > 0
                            && List.class.isAssignableFrom(m.getParameterTypes()[0])
                            && m.getParameterCount() == operation.getArguments().size())
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no batched resolver " + operation.getClassName() + "#"
                            + operation.getMethodName() + " taking a List first"));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("batched resolver class not found: " + operation.getClassName(), e);
        }
    }

    private static final class Fetcher implements DataFetcher<Object> {

        private final String coordinates;
        private volatile BatchedField field;

        Fetcher(String coordinates) {
            this.coordinates = coordinates;
        }

        @Override
        public Object get(DataFetchingEnvironment environment) {
            BatchedField known = field;
            if (known == null) {
                known = FIELDS.get(coordinates);
                if (known == null) {
                    throw new IllegalStateException("SmallRye did not announce the batched field " + coordinates
                            + " through DataFetcherService: Parley's engine seam is broken");
                }
                field = known;
            }
            return known.load(environment);
        }
    }
}
