package dev.parley.fuzz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One request the fuzzer sends: its body, whether it is sent as an editor, and what kind of input it is. */
record Generated(String kind, String body, boolean asEditor) {

    /** An enum value: a name without quotes in a document, a string in variables. */
    record EnumValue(String name) {
    }

    static Generated operation(String kind, String document, Map<String, Object> variables, boolean asEditor) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("query", document);
        request.put("variables", variables);
        return new Generated(kind, Json.write(request), asEditor);
    }

    /** A value as a GraphQL literal. */
    static String literal(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof EnumValue symbol) {
            return symbol.name();
        }
        if (value instanceof Json.Raw raw) {
            return raw.json();
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            map.forEach((name, field) -> out.append(out.length() > 1 ? ", " : "").append(name).append(": ").append(literal(field)));
            return out.append('}').toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            list.forEach(item -> out.append(out.length() > 1 ? ", " : "").append(literal(item)));
            return out.append(']').toString();
        }
        if (value instanceof String text) {
            StringBuilder out = new StringBuilder();
            Json.string(text, out); // GraphQL strings take the same escapes
            return out.toString();
        }
        return value.toString();
    }
}
