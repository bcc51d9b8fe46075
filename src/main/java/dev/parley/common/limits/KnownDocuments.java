package dev.parley.common.limits;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.OperationDefinition.Operation;

/**
 * The one cache of GraphQL documents by their text, bounded by the characters it holds: what the HTTP boundary learnt
 * of a document (its operations' types) and what the engine learnt (the document parsed and validated). Most clients
 * send the same few documents again and again. Documents that do not parse or validate are not kept.
 * <p>
 * A validated document is only valid against the schema it was validated with, so the engine starts a new cache each
 * time it is built ({@link #startNew()}); the HTTP boundary uses the current one.
 */
public final class KnownDocuments {

    private static final long MAX_CHARACTERS = 4_000_000;

    private static volatile KnownDocuments current = new KnownDocuments();

    private final Cache<String, Known> documents = Caffeine.newBuilder()
            .maximumWeight(MAX_CHARACTERS).weigher((String text, Known known) -> text.length())
            .build();

    private static final class Known {
        volatile Map<String, Operation> operationTypes;
        volatile PreparsedDocumentEntry validated;
    }

    private KnownDocuments() {
    }

    /** A new, empty cache for a newly built schema; it becomes the current one. */
    public static KnownDocuments startNew() {
        KnownDocuments fresh = new KnownDocuments();
        current = fresh;
        return fresh;
    }

    public static KnownDocuments current() {
        return current;
    }

    /** The operations' types by operation name; {@code parse} runs for a document not seen before, and may refuse it. */
    public Map<String, Operation> operationTypes(String text, Function<String, Map<String, Operation>> parse) {
        Known known = documents.getIfPresent(text);
        if (known != null && known.operationTypes != null) {
            return known.operationTypes;
        }
        Map<String, Operation> types = parse.apply(text);
        documents.asMap().computeIfAbsent(text, t -> new Known()).operationTypes = types;
        return types;
    }

    /** The document parsed and validated; {@code parseAndValidate} runs for a document not validated before. */
    public PreparsedDocumentEntry validated(String text, Supplier<PreparsedDocumentEntry> parseAndValidate) {
        Known known = documents.getIfPresent(text);
        if (known != null && known.validated != null) {
            return known.validated;
        }
        PreparsedDocumentEntry entry = parseAndValidate.get();
        if (!entry.hasErrors()) {
            documents.asMap().computeIfAbsent(text, t -> new Known()).validated = entry;
        }
        return entry;
    }
}
