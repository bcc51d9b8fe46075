package dev.parley.common.engine;

import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;

import dev.parley.common.batch.BatchedField;
import dev.parley.common.batch.BatchedFields;
import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.datafetcher.PlugableBatchableDataFetcher;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.DataFetcherService;

/**
 * Parley's data fetchers, through SmallRye's public {@link DataFetcherService} (ServiceLoader; the lowest priority
 * number wins, Quarkus's own service has 1):
 * <ul>
 * <li>plain fields (an entity's public field or getter) are read directly: SmallRye's {@code FieldDataFetcher}
 * builds a request context, with the selection below the field, for every value it reads, which no plain field
 * uses (a third of the contract query's allocations);</li>
 * <li>batched resolvers ({@code @Source List<Parent>}) become {@link BatchedField}s: one call per group of parents
 * with the same arguments, without SmallRye's per-parent context and context propagation.</li>
 * </ul>
 * Every other operation (queries, mutations, subscriptions, single-source resolvers) returns null here, so Quarkus's
 * service makes it as before (request context, Uni, CompletionStage, security). {@link BatchedFieldFetchers} puts
 * the batched fields' data fetchers into the schema, and checks at start-up that no SmallRye field or batch fetcher
 * is left.
 */
public class EngineDataFetchers implements DataFetcherService {

    @Override
    public Integer getPriority() {
        return 0;
    }

    @Override
    public PlugableDataFetcher getFieldDataFetcher(io.smallrye.graphql.schema.model.Field field, Type type, Reference owner) {
        return new PlainField(field, owner);
    }

    @Override
    public PlugableBatchableDataFetcher getDefaultDataFetcher(Operation operation, Type type) {
        return batched(operation);
    }

    @Override
    public PlugableBatchableDataFetcher getOtherWrappedDataFetcher(Operation operation, Type type) {
        return batched(operation);
    }

    @Override
    public PlugableBatchableDataFetcher getOtherFieldDataFetcher(Operation operation, Type type) {
        return batched(operation);
    }

    private static BatchedField batched(Operation operation) {
        return BatchedFields.isBatch(operation) ? BatchedFields.of(operation) : null;
    }

    /** A plain field, read and transformed exactly as SmallRye does (same {@link FieldHelper}). */
    static final class PlainField implements PlugableDataFetcher<Object>, TrivialDataFetcher<Object> {

        private final io.smallrye.graphql.schema.model.Field field;
        private final Reference owner;
        private final FieldHelper helper;
        private volatile Member member;

        PlainField(io.smallrye.graphql.schema.model.Field field, Reference owner) {
            this.field = field;
            this.owner = owner;
            this.helper = new FieldHelper(field);
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            Object source = environment.getSource();
            if (source == null) {
                return null;
            }
            Member read = member();
            Object value = read instanceof Method method ? method.invoke(source) : ((Field) read).get(source);
            return helper.transformOrAdaptResponse(value, environment);
        }

        /** Resolved on first use: SmallRye asks for fetchers before the application's classes are needed. */
        private Member member() throws ReflectiveOperationException {
            Member found = member;
            if (found == null) {
                Class<?> type = Class.forName(owner.getClassName(), false, Thread.currentThread().getContextClassLoader());
                found = member = field.getMethodName() != null ? type.getMethod(field.getMethodName())
                        : type.getField(field.getPropertyName());
            }
            return found;
        }
    }
}
