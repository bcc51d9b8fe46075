package dev.parley.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import dev.parley.support.GraphQL;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLImplementingType;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;

/**
 * The SDL at /graphql/schema.graphql is what client tools and code generators read: it must build in graphql-java
 * and in graphql-js (a real Node run, as codegen does it), and say exactly what introspection says.
 */
@QuarkusTest
class SchemaSdlTest {

    private static final String RFC_3339 = "https://www.rfc-editor.org/rfc/rfc3339#section-5.6";

    private static final String INTROSPECTION = """
            {
              __schema {
                types {
                  kind name description specifiedByURL
                  fields(includeDeprecated: true) {
                    name description type { ...Ref }
                    args { name description type { ...Ref } }
                  }
                  inputFields { name description type { ...Ref } }
                  interfaces { name }
                  possibleTypes { name }
                  enumValues(includeDeprecated: true) { name description }
                }
              }
            }
            fragment Ref on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
            """;

    private static String sdl() {
        return given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
    }

    @Test
    void graphqlJavaBuildsTheSdlAndItSaysWhatIntrospectionSays() {
        GraphQLSchema built = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl()));
        List<Map<String, Object>> types = GraphQL.post(INTROSPECTION).extract().path("data.__schema.types");

        TreeSet<String> fromSdl = new TreeSet<>();
        built.getAllTypesAsList().stream().filter(type -> !type.getName().startsWith("__"))
                .forEach(type -> describe(type, fromSdl));
        TreeSet<String> fromIntrospection = new TreeSet<>();
        types.stream().filter(type -> !type.get("name").toString().startsWith("__"))
                .forEach(type -> describe(type, fromIntrospection));

        TreeSet<String> onlyIntrospected = new TreeSet<>(fromIntrospection);
        onlyIntrospected.removeAll(fromSdl);
        TreeSet<String> onlyInSdl = new TreeSet<>(fromSdl);
        onlyInSdl.removeAll(fromIntrospection);
        assertThat("introspection says, the SDL does not", onlyIntrospected, empty());
        assertThat("the SDL says, introspection does not", onlyInSdl, empty());
        assertThat(fromSdl.size(), greaterThan(500));
    }

    @Test
    void relayNamesIntCountsAndDeclaredDateScalars() {
        String sdl = sdl();
        assertThat(sdl, containsString("type TalksConnection {"));
        assertThat(sdl, containsString("edges: [IncidentEdge!]!"));
        assertThat(sdl, containsString("totalCount: Int\n"));
        assertThat(sdl, containsString("scalar Date @specifiedBy(url : \"" + RFC_3339 + "\")"));
        assertThat(sdl, containsString("scalar DateTime @specifiedBy(url : \"" + RFC_3339 + "\")"));
        assertThat(sdl, not(containsString("Connection_")));
        assertThat(sdl, not(containsString("Edge_")));
        assertThat(Pattern.compile("\\b(BigInteger|BigDecimal|Long)\\b").matcher(sdl).results()
                .map(match -> match.group()).toList(), empty());
    }

    @Test
    void graphqlJsBuildsTheSdl() throws Exception {
        assumeTrue(onPath("node") && onPath("npm"), "Node.js and npm are not installed");
        Path dir = Path.of("target", "graphql-js");
        Files.createDirectories(dir);
        for (String file : List.of("package.json", "package-lock.json", "build-schema.mjs")) {
            Files.copy(Path.of("src", "test", "js", file), dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.exists(dir.resolve("node_modules/graphql/package.json"))) {
            Run install = run(dir, null, "npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts");
            assertEquals(0, install.exit(), "npm ci: " + install.output());
        }
        Run build = run(dir, sdl(), "node", "build-schema.mjs");
        assertEquals(0, build.exit(), "graphql-js buildSchema: " + build.output());

        JsonObject built = Json.createReader(new StringReader(build.output())).readObject();
        List<String> introspected = GraphQL.post("{ __schema { types { name } } }").extract()
                .path("data.__schema.types.name");
        assertEquals(new TreeSet<>(introspected.stream().filter(name -> !name.startsWith("__")).toList()),
                new TreeSet<>(built.getJsonArray("types").getValuesAs(JsonString::getString)));
        assertThat(built.getJsonObject("specifiedBy").getString("Date"), equalTo(RFC_3339));
        assertThat(built.getJsonObject("specifiedBy").getString("DateTime"), equalTo(RFC_3339));
    }

    private record Run(int exit, String output) {
    }

    private static Run run(Path dir, String input, String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("parley-node", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Process process = builder.start();
        try (var stdin = process.getOutputStream()) {
            if (input != null) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
        }
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return new Run(-1, "timed out: " + String.join(" ", command));
        }
        String output = Files.readString(log);
        Files.delete(log);
        return new Run(process.exitValue(), output);
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Pattern.compile(Pattern.quote(File.pathSeparator)).splitAsStream(path)
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    // One line per type, field, argument, input field, enum value, union member, interface and scalar spec,
    // built alike from the graphql-java schema and from the introspection JSON.

    private static void describe(GraphQLNamedType type, TreeSet<String> lines) {
        lines.add("type " + type.getName() + " " + kind(type) + " " + text(type.getDescription()));
        if (type instanceof GraphQLScalarType scalar && scalar.getSpecifiedByUrl() != null) {
            lines.add("specifiedBy " + type.getName() + " " + scalar.getSpecifiedByUrl());
        }
        if (type instanceof GraphQLFieldsContainer container) {
            for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
                String at = type.getName() + "." + field.getName();
                lines.add("field " + at + ": " + print(field.getType()) + " " + text(field.getDescription()));
                for (GraphQLArgument argument : field.getArguments()) {
                    lines.add("arg " + at + "(" + argument.getName() + "): " + print(argument.getType()) + " "
                            + text(argument.getDescription()));
                }
            }
        }
        if (type instanceof GraphQLImplementingType implementing) {
            implementing.getInterfaces().forEach(i -> lines.add("implements " + type.getName() + " " + i.getName()));
        }
        if (type instanceof GraphQLUnionType union) {
            union.getTypes().forEach(member -> lines.add("member " + type.getName() + " " + member.getName()));
        }
        if (type instanceof GraphQLInputObjectType input) {
            for (GraphQLInputObjectField field : input.getFieldDefinitions()) {
                lines.add("input " + type.getName() + "." + field.getName() + ": " + print(field.getType()) + " "
                        + text(field.getDescription()));
            }
        }
        if (type instanceof GraphQLEnumType enumType) {
            for (GraphQLEnumValueDefinition value : enumType.getValues()) {
                lines.add("value " + type.getName() + "." + value.getName() + " " + text(value.getDescription()));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void describe(Map<String, Object> type, TreeSet<String> lines) {
        String name = (String) type.get("name");
        String kind = (String) type.get("kind");
        lines.add("type " + name + " " + kind + " " + text(type.get("description")));
        if (type.get("specifiedByURL") != null) {
            lines.add("specifiedBy " + name + " " + type.get("specifiedByURL"));
        }
        for (Map<String, Object> field : list(type, "fields")) {
            String at = name + "." + field.get("name");
            lines.add("field " + at + ": " + typeOf(field) + " " + text(field.get("description")));
            for (Map<String, Object> argument : list(field, "args")) {
                lines.add("arg " + at + "(" + argument.get("name") + "): " + typeOf(argument) + " "
                        + text(argument.get("description")));
            }
        }
        if ("OBJECT".equals(kind) || "INTERFACE".equals(kind)) {
            list(type, "interfaces").forEach(i -> lines.add("implements " + name + " " + i.get("name")));
        }
        if ("UNION".equals(kind)) {
            list(type, "possibleTypes").forEach(member -> lines.add("member " + name + " " + member.get("name")));
        }
        for (Map<String, Object> field : list(type, "inputFields")) {
            lines.add("input " + name + "." + field.get("name") + ": " + typeOf(field) + " "
                    + text(field.get("description")));
        }
        for (Map<String, Object> value : list(type, "enumValues")) {
            lines.add("value " + name + "." + value.get("name") + " " + text(value.get("description")));
        }
    }

    private static String kind(GraphQLNamedType type) {
        if (type instanceof GraphQLScalarType) {
            return "SCALAR";
        } else if (type instanceof GraphQLEnumType) {
            return "ENUM";
        } else if (type instanceof GraphQLInputObjectType) {
            return "INPUT_OBJECT";
        } else if (type instanceof GraphQLUnionType) {
            return "UNION";
        } else if (type instanceof GraphQLInterfaceType) {
            return "INTERFACE";
        }
        return "OBJECT";
    }

    private static String print(GraphQLType type) {
        return GraphQLTypeUtil.simplePrint(type);
    }

    @SuppressWarnings("unchecked")
    private static String print(Map<String, Object> type) {
        return switch ((String) type.get("kind")) {
            case "NON_NULL" -> print((Map<String, Object>) type.get("ofType")) + "!";
            case "LIST" -> "[" + print((Map<String, Object>) type.get("ofType")) + "]";
            default -> (String) type.get("name");
        };
    }

    @SuppressWarnings("unchecked")
    private static String typeOf(Map<String, Object> typed) {
        return print((Map<String, Object>) typed.get("type"));
    }

    private static String text(Object description) {
        return description == null ? "-" : "\"" + description + "\"";
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }
}
