package dev.parley.support;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import io.restassured.response.ValidatableResponse;

/** Mutations as the test editor sends them, and the shape every refused mutation answers with. */
public final class Editing {

    private Editing() {
    }

    /** Runs a mutation whose only variable is {@code $input}, as {@link Users#EDITOR}. */
    public static ValidatableResponse edit(String document, Map<String, ?> input) {
        return GraphQL.postAs(Users.EDITOR, document, Map.of("input", input));
    }

    public static void expectError(ValidatableResponse response, String code, String field, String message) {
        response.body("data", nullValue())
                .body("errors[0].extensions.code", equalTo(code))
                .body("errors[0].extensions.field", equalTo(field))
                .body("errors[0].message", equalTo(message));
    }
}
