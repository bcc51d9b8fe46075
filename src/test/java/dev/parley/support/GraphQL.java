package dev.parley.support;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/** Posts GraphQL documents to /graphql the way a frontend does: JSON body with query and variables. */
public final class GraphQL {

    private GraphQL() {
    }

    public static ValidatableResponse post(String document) {
        return post(document, Map.of());
    }

    public static ValidatableResponse post(String document, Map<String, ?> variables) {
        return send(given(), document, variables).statusCode(200);
    }

    /** Posts a document without expecting any particular HTTP status. */
    public static ValidatableResponse send(String document, Map<String, ?> variables) {
        return send(given(), document, variables);
    }

    /** As a user of the test realm (test-editors.properties), over HTTP Basic. */
    public static ValidatableResponse postAs(String user, String document, Map<String, ?> variables) {
        return send(given().auth().preemptive().basic(user, user + "-secret"), document, variables);
    }

    /** With a bearer token, as a frontend behind an identity provider sends it. */
    public static ValidatableResponse postWithToken(String token, String document, Map<String, ?> variables) {
        return send(given().auth().oauth2(token), document, variables);
    }

    private static ValidatableResponse send(RequestSpecification request, String document, Map<String, ?> variables) {
        JsonObjectBuilder vars = Json.createObjectBuilder();
        variables.forEach((name, value) -> vars.add(name, toJson(value)));
        String body = Json.createObjectBuilder().add("query", document).add("variables", vars).build().toString();
        return request.contentType(ContentType.JSON).body(body)
                .when().post("/graphql")
                .then();
    }

    /** A GraphQL document kept under src/test/resources/graphql/. */
    public static String document(String name) {
        try (InputStream in = GraphQL.class.getResourceAsStream("/graphql/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No document graphql/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonValue toJson(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof Integer i) {
            return Json.createValue(i);
        }
        if (value instanceof Long l) {
            return Json.createValue(l);
        }
        if (value instanceof Double d) {
            return Json.createValue(d);
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Map<?, ?> fields) {
            var object = Json.createObjectBuilder();
            fields.forEach((name, field) -> object.add(name.toString(), toJson(field)));
            return object.build();
        }
        if (value instanceof Iterable<?> items) {
            var array = Json.createArrayBuilder();
            items.forEach(item -> array.add(toJson(item)));
            return array.build();
        }
        return Json.createValue(value.toString());
    }
}
