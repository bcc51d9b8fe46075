package dev.parley.common.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * A request /graphql answers at the HTTP level, before (or instead of) the engine: its status, the
 * {@code extensions.code} a client switches on, and a message for the person reading it. The body is a GraphQL
 * response without {@code data}, as the GraphQL-over-HTTP spec describes a request error.
 */
class HttpRefusal extends RuntimeException {

    /** The status of a request error: 200 under application/json, 400 under application/graphql-response+json. */
    static final int REQUEST_ERROR = -1;

    final int status;
    final String code;

    HttpRefusal(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    static HttpRefusal badRequest(String message) {
        return new HttpRefusal(400, "BAD_REQUEST", message);
    }

    /** Ends the response with this refusal in the media type the client accepts. */
    void send(RoutingContext context, ResponseMediaType mediaType) {
        ResponseMediaType type = mediaType == null ? ResponseMediaType.JSON : mediaType;
        send(context, status == REQUEST_ERROR ? type.requestErrorStatus() : status, code, getMessage(), type);
    }

    static void send(RoutingContext context, int status, String code, String message, ResponseMediaType mediaType) {
        if (context.response().ended()) {
            return;
        }
        JsonObject error = new JsonObject().put("message", message).put("extensions", new JsonObject().put("code", code));
        context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, (mediaType == null ? ResponseMediaType.JSON : mediaType).contentType())
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }
}
