package dev.parley.common.engine;

import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import io.smallrye.graphql.execution.datafetcher.DefaultDataFetcher;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The per-operation timers of {@code quarkus.smallrye-graphql.metrics.enabled}: {@code mp_graphql}, tagged as SmallRye
 * tags them ({@code name}: the field, {@code type}: QUERY, MUTATION or SUBSCRIPTION, {@code source}: whether it is a
 * {@code @Source} resolver). Quarkus starts SmallRye's timer only when it hands a blocking resolver from the event loop
 * to a worker; Parley runs every request on a worker ({@code quarkus.smallrye-graphql.nonblocking.enabled=false}), so
 * that never happens and no timer appeared. This times the same resolvers, SmallRye's {@link DefaultDataFetcher}s
 * (queries, mutations, {@code @Source} resolvers), placed last in the chain so that the fetchers replaced by direct
 * ones are not among them. OperationTimersTest checks that one request counts once.
 */
final class OperationTimers extends SimplePerformantInstrumentation {

    private static final String METRIC = "mp_graphql";

    private final Map<DataFetcher<?>, DataFetcher<?>> timed = new ConcurrentHashMap<>();
    private final Map<TimerKey, Timer> timers = new ConcurrentHashMap<>();

    /** The timers, or nothing when GraphQL metrics are switched off. */
    static Instrumentation fromConfig() {
        boolean enabled = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.smallrye-graphql.metrics.enabled", Boolean.class).orElse(false);
        return enabled ? new OperationTimers() : SimplePerformantInstrumentation.INSTANCE;
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        if (!(fetcher instanceof DefaultDataFetcher)) {
            return fetcher;
        }
        return timed.computeIfAbsent(fetcher, Timed::new);
    }

    /** A {@code @Source} resolver: a field of a type other than the operation's root. */
    private static boolean isSourceField(DataFetchingEnvironment environment) {
        return environment.getExecutionStepInfo().getParent().hasParent();
    }

    private record TimerKey(String name, String type, boolean source) {
    }

    private final class Timed implements DataFetcher<Object> {

        private final DataFetcher<?> fetcher;

        Timed(DataFetcher<?> fetcher) {
            this.fetcher = fetcher;
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            Timer timer = timers.computeIfAbsent(new TimerKey(environment.getFieldDefinition().getName(),
                    environment.getOperationDefinition().getOperation().toString(), isSourceField(environment)),
                    key -> Timer.builder(METRIC).tag("name", key.name()).tag("type", key.type())
                            .tag("source", String.valueOf(key.source())).register(Metrics.globalRegistry));
            Timer.Sample sample = Timer.start();
            Object result;
            try {
                result = fetcher.get(environment);
            } catch (Exception | Error e) {
                sample.stop(timer);
                throw e;
            }
            if (result instanceof CompletionStage<?> pending) {
                return pending.whenComplete((value, failure) -> sample.stop(timer));
            }
            sample.stop(timer);
            return result;
        }
    }
}
