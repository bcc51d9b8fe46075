package dev.parley.common.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import dev.parley.common.errors.EngineErrorCodes;
import dev.parley.common.limits.QueryLimits;
import dev.parley.common.limits.QueryLimitsInstrumentation;
import dev.parley.common.responsecache.AnswerCapture;
import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.parser.ParserOptions;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.graphql.spi.EventingService;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sets up the GraphQL engine when SmallRye builds it. SmallRye offers no way to add an instrumentation to its own
 * chain, so the chain is replaced: strict Int and Date inputs, error codes for the engine's own errors, the query
 * limits, the response cache's capture, one read-only transaction per query ({@link ReadOnlyRequestTransaction}),
 * the per-operation timers (last), plus a document cache in place of SmallRye's,
 * which needs its instrumentation to
 * fill. Registered through ServiceLoader
 * (META-INF/services) rather than as a CDI observer: CDI events would make SmallRye fire an event for
 * every field it resolves.
 */
public class GraphQLEngineSetup implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        QueryLimits limits = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(QueryLimits.class);
        ParserOptions.setDefaultOperationParserOptions(ParserOptions.getDefaultOperationParserOptions().transform(
                options -> options.maxTokens(limits.tokens()).maxCharacters(limits.documentLength())));
        // StrictScalars comes first: the others then see the schema with strict Int and Date inputs.
        return builder.instrumentation(new ChainedInstrumentation(new StrictScalars(),
                new EngineErrorCodes(),
                new QueryLimitsInstrumentation(limits), new AnswerCapture(),
                new ReadOnlyRequestTransaction(), OperationTimers.fromConfig()))
                .preparsedDocumentProvider(new ValidDocumentCache());
    }

    /** Parsed and validated documents by their text; documents with errors are not kept. */
    static final class ValidDocumentCache implements PreparsedDocumentProvider {

        private static final int MAX_ENTRIES = 1000;

        private final Map<String, PreparsedDocumentEntry> entries = Collections.synchronizedMap(
                new LinkedHashMap<>(64, 0.75f, true) {
                    @Override
                    protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
                        return size() > MAX_ENTRIES;
                    }
                });

        @Override
        public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
                Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
            PreparsedDocumentEntry entry = entries.get(input.getQuery());
            if (entry == null) {
                entry = parseAndValidate.apply(input);
                if (!entry.hasErrors()) {
                    entries.put(input.getQuery(), entry);
                }
            }
            return CompletableFuture.completedFuture(entry);
        }
    }
}
