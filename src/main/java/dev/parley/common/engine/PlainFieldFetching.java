package dev.parley.common.engine;

import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import graphql.TrivialDataFetcher;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;
import io.smallrye.graphql.schema.model.Reference;

/**
 * Reads plain fields (an entity's public field or getter) without SmallRye's per-field context. SmallRye's
 * {@link FieldDataFetcher} builds a request context, with the selection below the field, for every value it
 * reads, which no plain field uses: the contract query spent a third of its allocations there. The value is
 * read and transformed exactly as SmallRye does (same {@link FieldHelper}); resolvers ({@code @Source}
 * methods, queries) keep SmallRye's fetchers and their context.
 */
final class PlainFieldFetching extends SimplePerformantInstrumentation {

    private final Map<DataFetcher<?>, DataFetcher<?>> direct = new ConcurrentHashMap<>();

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        if (!(fetcher instanceof FieldDataFetcher<?>)) {
            return fetcher;
        }
        return direct.computeIfAbsent(fetcher, PlainFieldFetching::directFetcher);
    }

    /** SmallRye's fetcher knows the schema field and its Java owner only in private fields. */
    private static DataFetcher<?> directFetcher(DataFetcher<?> smallRye) {
        try {
            var field = (io.smallrye.graphql.schema.model.Field) read(smallRye, "field");
            var owner = (Reference) read(smallRye, "owner");
            Class<?> type = Class.forName(owner.getClassName(), false, Thread.currentThread().getContextClassLoader());
            Member member = field.getMethodName() != null ? type.getMethod(field.getMethodName())
                    : type.getField(field.getPropertyName());
            return new DirectFetcher(member, new FieldHelper(field));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return smallRye; // a shape this does not know: SmallRye's own way
        }
    }

    private static Object read(Object target, String name) throws ReflectiveOperationException {
        Field field = FieldDataFetcher.class.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(target);
    }

    private record DirectFetcher(Member member, FieldHelper helper) implements TrivialDataFetcher<Object> {

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            Object source = environment.getSource();
            if (source == null) {
                return null;
            }
            Object value = member instanceof Method method ? method.invoke(source) : ((Field) member).get(source);
            return helper.transformOrAdaptResponse(value, environment);
        }
    }
}
