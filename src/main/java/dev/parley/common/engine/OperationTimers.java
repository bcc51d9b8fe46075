package dev.parley.common.engine;

import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
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
 * (queries, mutations, {@code @Source} resolvers), by wrapping them in the schema's code registry once, at start-up,
 * rather than per field fetched. OperationTimersTest checks that one request counts once.
 */
final class OperationTimers {

    private static final String METRIC = "mp_graphql";

    private final Map<TimerKey, Timer> timers = new ConcurrentHashMap<>();

    private OperationTimers() {
    }

    /** The schema with its resolvers timed, or as it is when GraphQL metrics are switched off. */
    static GraphQLSchema installed(GraphQLSchema schema) {
        boolean enabled = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.smallrye-graphql.metrics.enabled", Boolean.class).orElse(false);
        if (!enabled) {
            return schema;
        }
        OperationTimers timers = new OperationTimers();
        return FetcherSwap.applied(schema, (type, field, fetcher) -> fetcher instanceof DefaultDataFetcher<?, ?> resolver
                ? timers.new Timed(resolver, field.getName(), !isRoot(schema, type))
                : null);
    }

    private static boolean isRoot(GraphQLSchema schema, GraphQLNamedType type) {
        return type == schema.getQueryType() || type == schema.getMutationType() || type == schema.getSubscriptionType();
    }

    private record TimerKey(String name, String type, boolean source) {
    }

    private final class Timed implements DataFetcher<Object> {

        private final DataFetcher<?> fetcher;
        private final String name;
        private final boolean source;

        Timed(DataFetcher<?> fetcher, String name, boolean source) {
            this.fetcher = fetcher;
            this.name = name;
            this.source = source;
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            Timer timer = timers.computeIfAbsent(
                    new TimerKey(name, environment.getOperationDefinition().getOperation().toString(), source),
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
