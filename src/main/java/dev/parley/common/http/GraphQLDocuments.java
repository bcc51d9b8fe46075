package dev.parley.common.http;

import java.util.HashMap;
import java.util.Map;

import dev.parley.common.limits.DocumentParser;
import dev.parley.common.limits.KnownDocuments;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.OperationDefinition.Operation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Parses documents at the HTTP boundary, within the length and token limits, to answer what HTTP must know before
 * the engine runs: whether the document parses, and what type the operation to run has (a mutation cannot run over
 * GET; a subscription cannot run over HTTP at all). Documents seen before are answered from the one document cache,
 * {@link KnownDocuments}.
 */
@ApplicationScoped
class GraphQLDocuments {

    private static final String ANONYMOUS = "";

    @Inject
    DocumentParser parser;

    /**
     * The type of the operation the request selects, or null when the engine must say which is meant (no operation
     * of that name, or several operations and no name). Refuses a document that does not parse.
     */
    Operation operationType(String document, String operationName) {
        Map<String, Operation> byName = KnownDocuments.current().operationTypes(document, this::parse);
        if (operationName != null && !operationName.isEmpty()) {
            return byName.get(operationName);
        }
        return byName.size() == 1 ? byName.values().iterator().next() : null;
    }

    private Map<String, Operation> parse(String document) {
        Document parsed;
        try {
            parsed = parser.parse(document);
        } catch (DocumentParser.Unparsable e) {
            throw e.overLimit ? overLimit(e.getMessage()) : parseFailed(e.getMessage());
        }
        Map<String, Operation> byName = new HashMap<>();
        for (OperationDefinition operation : parsed.getDefinitionsOfType(OperationDefinition.class)) {
            byName.put(operation.getName() == null ? ANONYMOUS : operation.getName(), operation.getOperation());
        }
        return byName;
    }

    /** A limit of the server rather than an error of the document: 400 whatever the media type. */
    private static HttpRefusal overLimit(String message) {
        return new HttpRefusal(400, "GRAPHQL_PARSE_FAILED", message);
    }

    private static HttpRefusal parseFailed(String message) {
        return new HttpRefusal(HttpRefusal.REQUEST_ERROR, "GRAPHQL_PARSE_FAILED", message);
    }
}
