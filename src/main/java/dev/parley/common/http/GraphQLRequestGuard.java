package dev.parley.common.http;

import java.util.Locale;
import java.util.Set;

import graphql.language.OperationDefinition.Operation;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The HTTP face of /graphql (GraphQL over HTTP), in front of SmallRye's handler:
 * <ul>
 * <li>the answer's media type from {@code Accept} ({@link ResponseMediaType}; 406 when none can be produced), and
 * the status of request errors in it;</li>
 * <li>POST takes application/json (or application/graphql) only: 415 otherwise, so a cross-site form or text/plain
 * post never runs an operation; 400 for malformed JSON, a batch, or parameters of the wrong JSON type; 413 over the
 * body limit;</li>
 * <li>GET runs queries only (405 for a mutation, so a link or an image tag cannot write): it is turned into the
 * equivalent POST and rerouted, so it passes the same checks, the response cache and its ETag/304;</li>
 * <li>persisted documents ({@link PersistedDocuments});</li>
 * <li>a subscription is refused over HTTP: it runs over the WebSocket on the same path.</li>
 * </ul>
 * SmallRye's own GET switch ({@code quarkus.smallrye-graphql.http.get.enabled}) is not used: it lets mutations run
 * over GET, URL-decodes the already decoded parameters a second time ({@code +} becomes a space) and reads
 * {@code operationName} from the query parameter.
 */
@ApplicationScoped
public class GraphQLRequestGuard {

    private static final Set<String> EXECUTABLE_MEDIA_TYPES = Set.of("application/json", "application/graphql");
    private static final String FROM_GET = GraphQLRequestGuard.class.getName() + ".get";
    static final String ALLOW = "GET, POST";

    @Inject
    GraphQLDocuments documents;

    @Inject
    PersistedDocuments persisted;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    /** How long browsers and CDNs may reuse an answer to an anonymous GET without asking again (0: revalidate by ETag). */
    @ConfigProperty(name = "parley.http.get.max-age", defaultValue = "0")
    int getMaxAge;

    void install(@Observes Router router) {
        // no file uploads: a GraphQL body is JSON, and the default would create ./file-uploads in the working directory
        BodyHandler bodies = BodyHandler.create(false).setBodyLimit(maxBodySize.asLongValue());
        router.post("/graphql").order(-100).handler(bodies).handler(this::checkPost).failureHandler(this::tooLarge);
        // No body handler on GET: after the reroute, the POST route's finds no Content-Length and keeps the body set here.
        router.get("/graphql").order(-100).handler(this::checkGet);
        // SmallRye's OPTIONS answer does not know about GET
        router.options("/graphql").order(-100).handler(context -> context.response()
                .putHeader(HttpHeaders.ALLOW, ALLOW + ", OPTIONS").setStatusCode(200).end());
    }

    void checkPost(RoutingContext context) {
        ResponseMediaType type = negotiate(context);
        if (type == null) {
            return;
        }
        try {
            String contentType = executableMediaType(context.request().getHeader(HttpHeaders.CONTENT_TYPE));
            if (contentType == null) {
                throw new HttpRefusal(415, "UNSUPPORTED_MEDIA_TYPE", "POST /graphql takes Content-Type application/json "
                        + "(or application/graphql), not " + context.request().getHeader(HttpHeaders.CONTENT_TYPE));
            }
            String body = context.body().asString();
            GraphQLHttpRequest request = "application/graphql".equals(contentType)
                    ? new GraphQLHttpRequest(body, null, null, null, null)
                    : GraphQLHttpRequest.fromJson(body);
            String document = documentOf(request, "The request body needs a \"query\" string");
            Operation operation = documents.operationType(document, request.operationName());
            if (operation == Operation.SUBSCRIPTION) {
                throw subscriptionOverHttp(400);
            }
            persisted.register(request);
            if (!document.equals(request.query())) {
                context.setBody(Buffer.buffer(request.toJson(document)));
            }
            if (Boolean.TRUE.equals(context.get(FROM_GET))) {
                context.addHeadersEndHandler(v -> cacheHeaders(context));
            }
            context.next();
        } catch (HttpRefusal refusal) {
            refusal.send(context, type);
        }
    }

    /** A query over GET becomes the POST it stands for, and goes through every check and the cache as that. */
    void checkGet(RoutingContext context) {
        if ("websocket".equalsIgnoreCase(context.request().getHeader(HttpHeaders.UPGRADE))) {
            context.next(); // subscriptions and the rest of graphql-transport-ws: SmallRye's WebSocket handler
            return;
        }
        ResponseMediaType type = negotiate(context);
        if (type == null) {
            return;
        }
        try {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if ((length != null && !length.trim().equals("0")) || context.request().headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
                // the rerouted POST would read it in place of the request built from the parameters
                throw HttpRefusal.badRequest("GET /graphql takes its parameters in the query string, not a body");
            }
            GraphQLHttpRequest request = GraphQLHttpRequest.fromParameters(context.queryParams());
            String document = documentOf(request, "GET /graphql needs a \"query\" parameter (or a persisted document's id)");
            Operation operation = documents.operationType(document, request.operationName());
            if (operation == Operation.MUTATION) {
                context.response().putHeader(HttpHeaders.ALLOW, ALLOW);
                throw new HttpRefusal(405, "METHOD_NOT_ALLOWED", "Mutations run over POST only");
            }
            if (operation == Operation.SUBSCRIPTION) {
                context.response().putHeader(HttpHeaders.ALLOW, ALLOW);
                throw subscriptionOverHttp(405);
            }
            persisted.register(request);
            context.put(FROM_GET, Boolean.TRUE);
            context.request().headers().set(HttpHeaders.CONTENT_TYPE, "application/json");
            context.setBody(Buffer.buffer(request.toJson(document)));
            context.reroute(HttpMethod.POST, "/graphql");
        } catch (HttpRefusal refusal) {
            refusal.send(context, type);
        }
    }

    private String documentOf(GraphQLHttpRequest request, String missing) {
        String document = persisted.resolve(request);
        if (document == null) {
            document = request.query();
        }
        if (document == null) {
            throw HttpRefusal.badRequest(missing);
        }
        return document;
    }

    private static HttpRefusal subscriptionOverHttp(int status) {
        return new HttpRefusal(status, "SUBSCRIPTION_OVER_HTTP",
                "Subscriptions run over the WebSocket at /graphql (graphql-transport-ws), not over HTTP " + "GET or POST");
    }

    /**
     * Negotiates the answer's media type and makes every answer to this request use it, with the status of a
     * request error in it ({@link RequestErrorStatus} marks those); null after answering 406.
     */
    private static ResponseMediaType negotiate(RoutingContext context) {
        ResponseMediaType type = ResponseMediaType.negotiate(context.request().getHeader(HttpHeaders.ACCEPT),
                context.parsedHeaders().accept());
        if (type == null) {
            HttpRefusal.send(context, 406, "NOT_ACCEPTABLE", "/graphql answers application/graphql-response+json or "
                    + "application/json; the Accept header names neither", ResponseMediaType.JSON);
            return null;
        }
        context.addHeadersEndHandler(v -> {
            HttpServerResponse response = context.response();
            String contentType = response.headers().get(HttpHeaders.CONTENT_TYPE);
            if (contentType != null && contentType.startsWith("application/") && contentType.contains("json")) {
                response.putHeader(HttpHeaders.CONTENT_TYPE, type.contentType());
            }
            if (response.getStatusCode() == 200 && RequestErrorStatus.marked(context)) {
                response.setStatusCode(type.requestErrorStatus());
            }
        });
        return type;
    }

    /** Answers to GET are cacheable by browsers and CDNs, revalidated with the ETag of the response cache. */
    private void cacheHeaders(RoutingContext context) {
        HttpServerResponse response = context.response();
        if (response.getStatusCode() != 200 && response.getStatusCode() != 304) {
            return;
        }
        var headers = context.request().headers();
        boolean personal = headers.contains(HttpHeaders.AUTHORIZATION) || headers.contains(HttpHeaders.COOKIE);
        response.putHeader(HttpHeaders.CACHE_CONTROL, personal ? "private, no-store"
                : getMaxAge > 0 ? "public, max-age=" + getMaxAge : "public, no-cache");
        response.putHeader(HttpHeaders.VARY, "Accept, Authorization");
    }

    /** The body handler's 413 (body over quarkus.http.limits.max-body-size), with a GraphQL error body. */
    void tooLarge(RoutingContext context) {
        if (context.statusCode() == 413 && !context.response().ended()) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            HttpRefusal.send(context, 413, "PAYLOAD_TOO_LARGE", "The request body is over the limit of %d bytes"
                    .formatted(maxBodySize.asLongValue()), ResponseMediaType.JSON);
        } else {
            context.next();
        }
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
            String mediaType = (parameters < 0 ? part : part.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
            if (!EXECUTABLE_MEDIA_TYPES.contains(mediaType) || (found != null && !found.equals(mediaType))) {
                return null;
            }
            found = mediaType;
        }
        return found;
    }
}
