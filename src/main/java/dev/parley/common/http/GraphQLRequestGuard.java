package dev.parley.common.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.parley.common.limits.QueryLimits;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers malformed requests to /graphql with honest HTTP statuses (GraphQL over HTTP), before the engine
 * sees them: 415 for a media type other than application/json or application/graphql (so a cross-site
 * form or text/plain POST never runs an operation), 400 for malformed JSON, a batch array, a missing query,
 * or a document that does not parse or is over the length or token limit.
 */
@ApplicationScoped
public class GraphQLRequestGuard {

    private static final Set<String> EXECUTABLE_MEDIA_TYPES = Set.of("application/json", "application/graphql");
    private static final int KNOWN_DOCUMENTS = 1000;

    @Inject
    QueryLimits limits;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    /** Documents that parsed before: most clients send the same few documents again and again. */
    private final Map<String, Boolean> parsed = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > KNOWN_DOCUMENTS;
        }
    });

    void install(@Observes Router router) {
        router.post("/graphql").order(-100)
                .handler(BodyHandler.create().setBodyLimit(maxBodySize.asLongValue()))
                .handler(this::check);
    }

    void check(RoutingContext context) {
        String mediaType = executableMediaType(context.request().getHeader("Content-Type"));
        if (mediaType == null) {
            reject(context, 415, "UNSUPPORTED_MEDIA_TYPE", "POST /graphql takes Content-Type application/json "
                    + "(or application/graphql), not " + context.request().getHeader("Content-Type"));
            return;
        }
        String body = context.body().asString();
        String document;
        if ("application/graphql".equalsIgnoreCase(mediaType)) {
            document = body;
        } else {
            Object request;
            try {
                request = body == null || body.isBlank() ? null : Json.decodeValue(body);
            } catch (DecodeException e) {
                reject(context, 400, "BAD_REQUEST", "The request body is not valid JSON");
                return;
            }
            if (request instanceof JsonArray) {
                reject(context, 400, "BAD_REQUEST", "Batched requests are not supported; send one operation per request");
                return;
            }
            if (!(request instanceof JsonObject object) || !(object.getValue("query") instanceof String query)) {
                reject(context, 400, "BAD_REQUEST", "The request body needs a \"query\" string");
                return;
            }
            document = query;
        }
        String problem = parseProblem(document);
        if (problem != null) {
            reject(context, 400, "GRAPHQL_PARSE_FAILED", problem);
            return;
        }
        context.next();
    }

    /**
     * The one media type the header names, parameters such as charset ignored, if it is executable. A header
     * repeated with the same value is accepted: GraphiQL's bundled page sends Content-Type twice, and the browser
     * joins the two as "application/json, application/json".
     */
    static String executableMediaType(String header) {
        if (header == null) {
            return null;
        }
        String found = null;
        for (String part : header.split(",")) {
            int parameters = part.indexOf(';');
            String mediaType = (parameters < 0 ? part : part.substring(0, parameters)).trim().toLowerCase(java.util.Locale.ROOT);
            if (!EXECUTABLE_MEDIA_TYPES.contains(mediaType) || (found != null && !found.equals(mediaType))) {
                return null;
            }
            found = mediaType;
        }
        return found;
    }

    private String parseProblem(String document) {
        if (document == null || document.isBlank()) {
            return "The query is empty";
        }
        if (document.length() > limits.documentLength()) {
            return "document length %d exceeds the limit of %d characters".formatted(document.length(), limits.documentLength());
        }
        if (parsed.containsKey(document)) {
            return null;
        }
        ParserOptions options = ParserOptions.getDefaultOperationParserOptions().transform(
                o -> o.maxTokens(limits.tokens()).maxCharacters(limits.documentLength()));
        try {
            Parser.parse(ParserEnvironment.newParserEnvironment().document(document).parserOptions(options).build());
        } catch (ParseCancelledException e) {
            return "document tokens exceed the limit of %d".formatted(limits.tokens());
        } catch (InvalidSyntaxException e) {
            return e.getMessage();
        }
        parsed.put(document, Boolean.TRUE);
        return null;
    }

    private static void reject(RoutingContext context, int status, String code, String message) {
        JsonObject error = new JsonObject().put("message", message).put("extensions", new JsonObject().put("code", code));
        context.response().setStatusCode(status)
                .putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }
}
