package dev.parley.common.engine;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import dev.parley.common.errors.EngineErrorCodes;
import dev.parley.common.limits.KnownDocuments;
import dev.parley.common.limits.QueryLimits;
import dev.parley.common.limits.QueryLimitsInstrumentation;
import dev.parley.common.responsecache.AnswerCapture;
import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.parser.ParserOptions;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.graphql.spi.EventingService;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sets up the GraphQL engine when SmallRye builds it. SmallRye offers no way to add an instrumentation to its own
 * chain, so the chain is replaced: strict scalar inputs, error codes for the engine's own errors, the query
 * limits, the response cache's capture, one read-only transaction per query ({@link ReadOnlyRequestTransaction}),
 * plus a document cache in place of SmallRye's, which needs its instrumentation to fill. None of them works per
 * field: {@link OperationInstrumentations} spares the engine asking them about every field. Registered through ServiceLoader
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
        // StrictScalars comes first: the others then see the schema with strict scalar inputs.
        return builder.instrumentation(new OperationInstrumentations(new StrictScalars(), new EngineErrorCodes(),
                new QueryLimitsInstrumentation(limits), new AnswerCapture(), new ReadOnlyRequestTransaction()))
                .preparsedDocumentProvider(validatedDocuments(KnownDocuments.startNew()));
    }

    /** Parsed and validated documents from the one document cache, in place of SmallRye's. */
    private static PreparsedDocumentProvider validatedDocuments(KnownDocuments documents) {
        return new PreparsedDocumentProvider() {
            @Override
            public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
                    Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
                return CompletableFuture.completedFuture(
                        documents.validated(input.getQuery(), () -> parseAndValidate.apply(input)));
            }
        };
    }
}
