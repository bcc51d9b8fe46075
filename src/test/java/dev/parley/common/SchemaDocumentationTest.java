package dev.parley.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.parley.support.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What a frontend developer reads in GraphiQL: the explorer itself, the SDL, and a description on everything. */
@QuarkusTest
class SchemaDocumentationTest {

    private static final Set<String> BUILT_IN = Set.of("String", "Boolean", "Int", "Float", "ID", "BigInteger",
            "BigDecimal", "Date", "DateTime", "Time", "Long", "Void");

    @Test
    void everyTypeFieldArgumentAndEnumValueIsDescribed() {
        List<Map<String, Object>> types = GraphQL.post("""
                {
                  __schema {
                    types {
                      name kind description
                      fields { name description args { name description } }
                      enumValues { name description }
                    }
                  }
                }
                """).extract().path("data.__schema.types");
        List<String> undocumented = new ArrayList<>();
        for (Map<String, Object> type : types) {
            String name = (String) type.get("name");
            if (name.startsWith("__") || BUILT_IN.contains(name)) {
                continue;
            }
            if (!"OBJECT".equals(type.get("kind")) || !name.equals("Query")) {
                requireDescription(undocumented, name, type);
            }
            for (Map<String, Object> field : list(type, "fields")) {
                String fieldName = name + "." + field.get("name");
                requireDescription(undocumented, fieldName, field);
                for (Map<String, Object> argument : list(field, "args")) {
                    requireDescription(undocumented, fieldName + "(" + argument.get("name") + ")", argument);
                }
            }
            for (Map<String, Object> value : list(type, "enumValues")) {
                requireDescription(undocumented, name + "." + value.get("name"), value);
            }
        }
        assertThat(undocumented, empty());
    }

    @Test
    void graphiqlAndTheSdlAreServed() {
        given().when().get("/q/graphql-ui/").then().statusCode(200).body(containsString("GraphiQL"));
        given().when().get("/graphql/schema.graphql").then().statusCode(200)
                .body(containsString("concurrentIncidents(")).body(containsString("\"Battlefield"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    private static void requireDescription(List<String> undocumented, String what, Map<String, Object> element) {
        Object description = element.get("description");
        if (description == null || description.toString().isBlank()) {
            undocumented.add(what);
        }
    }
}
