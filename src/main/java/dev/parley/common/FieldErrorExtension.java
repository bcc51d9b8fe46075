package dev.parley.common;

import io.smallrye.graphql.api.ErrorExtensionProvider;
import jakarta.json.Json;
import jakarta.json.JsonValue;

/** Adds {@code extensions.field} to errors about one input field, so a form can mark that field. */
public class FieldErrorExtension implements ErrorExtensionProvider {

    @Override
    public String getKey() {
        return "field";
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        return exception instanceof FieldError error ? Json.createValue(error.field()) : JsonValue.NULL;
    }
}
