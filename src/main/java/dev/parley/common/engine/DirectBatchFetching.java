package dev.parley.common.engine;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.ReferenceType;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;

/**
 * Batched references ({@code List<X> field(@Source List<Parent> parents)}, no other argument, an object type
 * returned) loaded through a plain DataLoader that calls the same resolver method, instead of SmallRye's batch
 * fetcher. SmallRye's builds a request context and captures four thread contexts (CDI, JTA, OpenTelemetry,
 * GraphQL) for every parent: 5,050 incidents with five such fields made 300,000 captured contexts per contract
 * query. The resolver runs as before, through its CDI bean and interceptors (transaction, error boundary), once
 * per batch; only the per-parent wrapping is gone. Other resolvers keep SmallRye's fetchers.
 */
@SuppressWarnings("rawtypes")
final class DirectBatchFetching extends FetcherReplacement<BatchDataFetcher> {

    DirectBatchFetching() {
        super(BatchDataFetcher.class);
    }

    @Override
    DataFetcher<?> replacement(BatchDataFetcher smallRye) throws ReflectiveOperationException {
        Operation operation = (Operation) privateField(smallRye, "operation");
        ReferenceType returned = operation.getReference().getType();
        if (operation.getArguments().size() != 1 || !operation.getArguments().get(0).isSourceArgument()
                || !(returned == ReferenceType.TYPE || returned == ReferenceType.INTERFACE || returned == ReferenceType.UNION)) {
            return smallRye;
        }
        Class<?> api = Class.forName(operation.getClassName(), true, Thread.currentThread().getContextClassLoader());
        Method method = api.getMethod(operation.getMethodName(), List.class);
        Object bean = Arc.container().instance(api).get();
        return new DirectBatch("parley:" + api.getName() + "." + method.getName(), bean, method);
    }

    private record DirectBatch(String loaderName, Object bean, Method method) implements DataFetcher<Object> {

        @Override
        public Object get(DataFetchingEnvironment environment) {
            DataLoader<Object, Object> loader = environment.getDataLoaderRegistry()
                    .computeIfAbsent(loaderName, name -> DataLoaderFactory.newDataLoader(this::load));
            return loader.load(environment.getSource());
        }

        @SuppressWarnings("unchecked")
        private CompletableFuture<List<Object>> load(List<Object> parents) {
            try {
                return CompletableFuture.completedFuture((List<Object>) method.invoke(bean, parents));
            } catch (InvocationTargetException e) {
                return CompletableFuture.failedFuture(e.getCause());
            } catch (IllegalAccessException e) {
                return CompletableFuture.failedFuture(e);
            }
        }
    }
}
