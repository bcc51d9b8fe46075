package dev.parley.common.limits;

import graphql.GraphQL;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.parser.ParserOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Installs the query limits when SmallRye builds its GraphQL engine. SmallRye offers no way to add an
 * instrumentation to its own chain, so the chain is replaced: the limits, plus a document cache in
 * place of SmallRye's, which needs its instrumentation to fill.
 */
@ApplicationScoped
public class GraphQLLimitsSetup {

    @Inject
    QueryLimits limits;

    void configure(@Observes GraphQL.Builder builder) {
        ParserOptions.setDefaultOperationParserOptions(ParserOptions.getDefaultOperationParserOptions().transform(
                options -> options.maxTokens(limits.tokens()).maxCharacters(limits.documentLength())));
        builder.instrumentation(new QueryLimitsInstrumentation(limits));
        builder.preparsedDocumentProvider(new ValidDocumentCache());
    }

    /** Parsed and validated documents by their text; documents with errors are not kept. */
    static final class ValidDocumentCache implements PreparsedDocumentProvider {

        private static final int MAX_ENTRIES = 1000;

        private final java.util.Map<String, PreparsedDocumentEntry> entries = java.util.Collections.synchronizedMap(
                new java.util.LinkedHashMap<>(64, 0.75f, true) {
                    @Override
                    protected boolean removeEldestEntry(java.util.Map.Entry<String, PreparsedDocumentEntry> eldest) {
                        return size() > MAX_ENTRIES;
                    }
                });

        @Override
        public java.util.concurrent.CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
                graphql.ExecutionInput input, java.util.function.Function<graphql.ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
            PreparsedDocumentEntry entry = entries.get(input.getQuery());
            if (entry == null) {
                entry = parseAndValidate.apply(input);
                if (!entry.hasErrors()) {
                    entries.put(input.getQuery(), entry);
                }
            }
            return java.util.concurrent.CompletableFuture.completedFuture(entry);
        }
    }
}
