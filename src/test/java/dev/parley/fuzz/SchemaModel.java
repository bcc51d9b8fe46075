package dev.parley.fuzz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** The schema as the server describes it by introspection: what the fuzzer may ask for and what it must send. */
final class SchemaModel {

    static final String INTROSPECTION = """
            { __schema { queryType { name } mutationType { name }
                types { kind name
                  fields { name args { name type { ...T } } type { ...T } }
                  inputFields { name type { ...T } }
                  enumValues { name }
                  possibleTypes { name } } } }
            fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
            """;

    /** A type as a field or argument names it: kind NON_NULL and LIST wrap another. */
    record TypeRef(String kind, String name, TypeRef ofType) {

        boolean nonNull() {
            return kind.equals("NON_NULL");
        }

        TypeRef named() {
            return ofType == null ? this : ofType.named();
        }

        String render() {
            return switch (kind) {
                case "NON_NULL" -> ofType.render() + "!";
                case "LIST" -> "[" + ofType.render() + "]";
                default -> name;
            };
        }

        static TypeRef of(JsonObject json) {
            JsonValue inner = json.get("ofType");
            return new TypeRef(json.getString("kind"), json.isNull("name") ? null : json.getString("name"),
                    inner == null || inner == JsonValue.NULL ? null : of(inner.asJsonObject()));
        }
    }

    record InputValue(String name, TypeRef type) {
    }

    record FieldDef(String name, List<InputValue> args, TypeRef type) {
    }

    record TypeDef(String kind, String name, List<FieldDef> fields, List<InputValue> inputFields, List<String> enumValues,
            List<String> possibleTypes) {
    }

    final String queryType;
    final String mutationType;
    final Map<String, TypeDef> types = new LinkedHashMap<>();

    SchemaModel(JsonObject schema) {
        queryType = schema.getJsonObject("queryType").getString("name");
        mutationType = schema.isNull("mutationType") ? null : schema.getJsonObject("mutationType").getString("name");
        for (JsonValue value : schema.getJsonArray("types")) {
            JsonObject type = value.asJsonObject();
            List<FieldDef> fields = new ArrayList<>();
            for (JsonValue field : list(type, "fields")) {
                JsonObject f = field.asJsonObject();
                fields.add(new FieldDef(f.getString("name"), inputValues(f, "args"), TypeRef.of(f.getJsonObject("type"))));
            }
            List<String> enumValues = new ArrayList<>();
            for (JsonValue e : list(type, "enumValues")) {
                enumValues.add(e.asJsonObject().getString("name"));
            }
            List<String> possible = new ArrayList<>();
            for (JsonValue p : list(type, "possibleTypes")) {
                possible.add(p.asJsonObject().getString("name"));
            }
            // In name order: the server lists fields in the order it found them in the class files, which differs
            // between checkouts, and a seed must replay the same requests everywhere.
            fields.sort(Comparator.comparing(FieldDef::name));
            Collections.sort(enumValues);
            Collections.sort(possible);
            types.put(type.getString("name"), new TypeDef(type.getString("kind"), type.getString("name"), fields,
                    inputValues(type, "inputFields"), enumValues, possible));
        }
    }

    TypeDef type(String name) {
        return types.get(name);
    }

    private static List<InputValue> inputValues(JsonObject owner, String key) {
        List<InputValue> values = new ArrayList<>();
        for (JsonValue value : list(owner, key)) {
            JsonObject v = value.asJsonObject();
            values.add(new InputValue(v.getString("name"), TypeRef.of(v.getJsonObject("type"))));
        }
        values.sort(Comparator.comparing(InputValue::name));
        return values;
    }

    private static List<JsonValue> list(JsonObject owner, String key) {
        return owner.isNull(key) ? List.of() : owner.getJsonArray(key);
    }
}
