package dev.parley.common.http;

import io.vertx.core.MultiMap;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The parameters of one GraphQL-over-HTTP request, checked for their JSON types: a malformed request is a 400
 * with a GraphQL error, never an exception inside the engine (which answered 500 for {@code variables: []}).
 *
 * @param query the document text, null when the client sends only a persisted document's id
 * @param documentId {@code documentId} or {@code extensions.persistedQuery.sha256Hash}, null when neither is sent
 */
record GraphQLHttpRequest(String query, JsonObject variables, String operationName, JsonObject extensions,
        String documentId) {

    /** From a POST body with media type application/json. */
    static GraphQLHttpRequest fromJson(String body) {
        Object request;
        try {
            request = body == null || body.isBlank() ? null : Json.decodeValue(body);
        } catch (DecodeException e) {
            throw HttpRefusal.badRequest("The request body is not valid JSON");
        }
        if (request instanceof JsonArray) {
            throw HttpRefusal.badRequest("Batched requests are not supported; send one operation per request");
        }
        if (!(request instanceof JsonObject object)) {
            throw HttpRefusal.badRequest("The request body needs a \"query\" string");
        }
        return of(object.getValue("query"), object.getValue("variables"), object.getValue("operationName"),
                object.getValue("extensions"), object.getValue("documentId"));
    }

    /** From the query string of a GET: variables and extensions are JSON text there. */
    static GraphQLHttpRequest fromParameters(MultiMap parameters) {
        return of(parameters.get("query"), json(parameters.get("variables"), "variables"),
                parameters.get("operationName"), json(parameters.get("extensions"), "extensions"),
                parameters.get("documentId"));
    }

    private static Object json(String parameter, String name) {
        if (parameter == null || parameter.isEmpty()) {
            return null;
        }
        try {
            return Json.decodeValue(parameter);
        } catch (DecodeException e) {
            throw HttpRefusal.badRequest("The \"" + name + "\" parameter is not valid JSON");
        }
    }

    private static GraphQLHttpRequest of(Object query, Object variables, Object operationName, Object extensions,
            Object documentId) {
        if (query != null && !(query instanceof String)) {
            throw HttpRefusal.badRequest("\"query\" must be a string");
        }
        if (variables != null && !(variables instanceof JsonObject)) {
            throw HttpRefusal.badRequest("\"variables\" must be an object (or null)");
        }
        if (operationName != null && !(operationName instanceof String)) {
            throw HttpRefusal.badRequest("\"operationName\" must be a string (or null)");
        }
        if (extensions != null && !(extensions instanceof JsonObject)) {
            throw HttpRefusal.badRequest("\"extensions\" must be an object (or null)");
        }
        if (documentId != null && !(documentId instanceof String)) {
            throw HttpRefusal.badRequest("\"documentId\" must be a string (or null)");
        }
        String id = (String) documentId;
        JsonObject ext = (JsonObject) extensions;
        if (ext != null && ext.containsKey("persistedQuery") && ext.getValue("persistedQuery") != null) {
            if (!(ext.getValue("persistedQuery") instanceof JsonObject persisted)
                    || !Integer.valueOf(1).equals(persisted.getValue("version") instanceof Number n ? n.intValue() : null)
                    || !(persisted.getValue("sha256Hash") instanceof String hash)) {
                throw HttpRefusal.badRequest(
                        "\"extensions.persistedQuery\" must be {\"version\": 1, \"sha256Hash\": \"<hex>\"}");
            }
            id = id == null ? hash : id;
        }
        return new GraphQLHttpRequest((String) query, (JsonObject) variables, (String) operationName, ext, id);
    }

    /** The request as the engine reads it, with the document a persisted id stands for. */
    String toJson(String document) {
        JsonObject body = new JsonObject().put("query", document);
        if (variables != null) {
            body.put("variables", variables);
        }
        if (operationName != null) {
            body.put("operationName", operationName);
        }
        if (extensions != null) {
            body.put("extensions", extensions);
        }
        return body.encode();
    }
}
