package dev.parley.fuzz;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.parley.fuzz.SchemaModel.FieldDef;
import dev.parley.fuzz.SchemaModel.InputValue;
import dev.parley.fuzz.SchemaModel.TypeDef;
import dev.parley.fuzz.SchemaModel.TypeRef;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;

/**
 * Documents and variables made from the schema: random fields with arguments of the right types, aliases, named
 * and inline fragments, variables and directives. Hostile ones are made the same way with a share of their values
 * replaced by what a careless or malicious client sends (see {@link Hostile}), and some of their structure broken.
 * Leaf values come from jqwik's arbitraries, drawn with the fuzzer's seeded {@link Random}, so a seed replays a run.
 */
final class DocumentGenerator {

    private static final int GEN_SIZE = 100;

    private final SchemaModel schema;
    private final Random random;
    private final Hostile hostile;
    private final Map<Arbitrary<?>, RandomGenerator<?>> generators = new IdentityHashMap<>();

    private final Arbitrary<Integer> smallInts = Arbitraries.integers().between(-3, 120);
    private final Arbitrary<Double> floats = Arbitraries.doubles().between(-1000, 1000).ofScale(3);
    private final Arbitrary<String> words = Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '-', 'é', 'ї')
            .ofMinLength(1).ofMaxLength(16);
    private final Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 365 * 12)
            .map(day -> LocalDate.of(2018, 1, 1).plusDays(day));

    /** What one document is being built with. */
    private final class Build {
        final boolean hostile;
        final StringBuilder fragments = new StringBuilder();
        final List<String> variableDefinitions = new ArrayList<>();
        final Map<String, Object> variables = new LinkedHashMap<>();
        int aliases;
        int fragmentCount;
        boolean repeated;

        Build(boolean hostile) {
            this.hostile = hostile;
        }
    }

    DocumentGenerator(SchemaModel schema, Random random) {
        this.schema = schema;
        this.random = random;
        this.hostile = new Hostile(random);
    }

    /** A document that is valid for the schema (it may still ask for records that do not exist, or for too many). */
    Generated valid() {
        return operation(new Build(false), "valid");
    }

    /** A document with hostile values and, sometimes, broken structure. */
    Generated mutated() {
        Build build = new Build(true);
        Generated generated = operation(build, "mutated");
        if (random.nextInt(4) == 0) {
            String body = generated.body();
            return new Generated("mutated-text", hostile.breakText(body), generated.asEditor());
        }
        return generated;
    }

    private Generated operation(Build build, String kind) {
        boolean mutation = schema.mutationType != null && random.nextInt(100) < 20;
        TypeDef root = schema.type(mutation ? schema.mutationType : schema.queryType);
        String selection;
        if (mutation) {
            FieldDef field = pick(root.fields());
            selection = "{ " + field(build, field, 2) + " }";
        } else {
            selection = selectionSet(build, root, 0, build.hostile && random.nextInt(10) == 0 ? 30 : 4);
        }
        StringBuilder document = new StringBuilder(mutation ? "mutation" : "query");
        if (random.nextBoolean()) {
            document.append(" Fuzz").append(random.nextInt(1000));
        }
        if (!build.variableDefinitions.isEmpty()) {
            document.append('(').append(String.join(", ", build.variableDefinitions)).append(')');
        }
        document.append(' ').append(selection).append('\n').append(build.fragments);
        boolean asEditor = mutation ? random.nextInt(10) != 0 : random.nextInt(20) == 0;
        return Generated.operation(kind, document.toString(), build.variables, asEditor);
    }

    private String selectionSet(Build build, TypeDef type, int depth, int maxDepth) {
        List<String> selections = new ArrayList<>();
        if (type.kind().equals("UNION") || type.fields().isEmpty()) {
            selections.add("__typename");
            for (String member : type.possibleTypes()) {
                if (random.nextInt(3) == 0) {
                    selections.add("... on " + member + " " + selectionSet(build, schema.type(member), depth, maxDepth));
                }
            }
            return "{ " + String.join(" ", selections) + " }";
        }
        int count = 1 + random.nextInt(build.hostile ? 6 : 4);
        for (int i = 0; i < count; i++) {
            FieldDef field = pick(type.fields());
            boolean composite = isComposite(field.type());
            if (composite && depth + 1 >= maxDepth) {
                continue;
            }
            String selected = field(build, field, composite ? depth + 1 : depth, maxDepth);
            // One repeated field per document: repeats nested in repeats multiplied into 400 MB documents.
            int repeats = build.hostile && !build.repeated && random.nextInt(25) == 0 ? 2 + random.nextInt(60) : 1;
            build.repeated |= repeats > 1;
            for (int r = 0; r < repeats; r++) {
                selections.add(selected);
            }
        }
        if (!type.possibleTypes().isEmpty() && random.nextInt(4) == 0) {
            String member = pick(type.possibleTypes());
            selections.add("... on " + member + " " + selectionSet(build, schema.type(member), depth, maxDepth));
        }
        if (selections.isEmpty() || random.nextInt(10) == 0) {
            selections.add("__typename");
        }
        String set = "{ " + String.join(" ", selections) + " }";
        if (depth > 0 && random.nextInt(7) == 0) {
            String name = "F" + build.fragmentCount++;
            build.fragments.append("fragment ").append(name).append(" on ").append(type.name()).append(' ').append(set).append('\n');
            String spread = "...%s".formatted(name);
            return "{ " + spread + (random.nextInt(4) == 0 ? " " + spread : "") + " }";
        }
        return set;
    }

    private String field(Build build, FieldDef field, int maxDepth) {
        return field(build, field, 1, maxDepth);
    }

    private String field(Build build, FieldDef field, int depth, int maxDepth) {
        StringBuilder out = new StringBuilder();
        if (build.aliases < 25 && random.nextInt(6) == 0) {
            out.append('a').append(build.aliases++).append(": ");
        }
        out.append(field.name());
        List<String> arguments = new ArrayList<>();
        for (InputValue argument : field.args()) {
            if (!build.hostile && argument.name().equals("first") && random.nextInt(4) != 0) {
                arguments.add("first: " + (1 + random.nextInt(5))); // small pages mostly, so a thousand requests run quickly
            } else if (argument.type().nonNull() || random.nextInt(100) < 35) {
                arguments.add(argument.name() + ": " + argument(build, argument));
            }
        }
        if (build.hostile && random.nextInt(15) == 0) {
            arguments.add("unknownArgument: 1");
        }
        if (!arguments.isEmpty()) {
            out.append('(').append(String.join(", ", arguments)).append(')');
        }
        if (random.nextInt(25) == 0) {
            out.append(random.nextBoolean() ? " @include(if: true)" : " @skip(if: false)");
        }
        TypeRef named = field.type().named();
        if (isComposite(field.type())) {
            out.append(' ').append(selectionSet(build, schema.type(named.name()), depth, maxDepth));
        }
        return out.toString();
    }

    /** An argument's value: a literal, or a variable with its value in the variables. */
    private String argument(Build build, InputValue argument) {
        Object value = value(build, argument.type(), 0);
        if (random.nextInt(100) < 35) {
            String name = "v" + build.variableDefinitions.size();
            String type = build.hostile && random.nextInt(12) == 0 ? "String" : argument.type().render();
            build.variableDefinitions.add("$" + name + ": " + type);
            if (value != null || random.nextBoolean()) {
                build.variables.put(name, value);
            }
            return "$" + name;
        }
        return Generated.literal(value);
    }

    private Object value(Build build, TypeRef type, int nesting) {
        if (build.hostile && random.nextInt(100) < 25) {
            return hostile.value(type);
        }
        if (!type.nonNull() && random.nextInt(10) == 0) {
            return null;
        }
        TypeRef inner = type.nonNull() ? type.ofType() : type;
        if (inner.kind().equals("LIST")) {
            List<Object> items = new ArrayList<>();
            int size = random.nextInt(4);
            for (int i = 0; i < size; i++) {
                items.add(value(build, inner.ofType(), nesting + 1));
            }
            return items;
        }
        TypeDef named = schema.type(inner.name());
        return switch (named.kind()) {
            case "ENUM" -> new Generated.EnumValue(pick(named.enumValues()));
            case "INPUT_OBJECT" -> {
                Map<String, Object> fields = new LinkedHashMap<>();
                for (InputValue field : named.inputFields()) {
                    if (nesting < 4 && (field.type().nonNull() || random.nextInt(100) < 40)) {
                        fields.put(field.name(), value(build, field.type(), nesting + 1));
                    }
                }
                yield fields;
            }
            default -> scalar(named.name());
        };
    }

    private Object scalar(String name) {
        return switch (name) {
            case "Int" -> random.nextBoolean() ? 1 + random.nextInt(10) : draw(smallInts);
            case "Float", "BigDecimal" -> draw(floats);
            case "Boolean" -> random.nextBoolean();
            case "ID" -> String.valueOf(1 + random.nextInt(150));
            case "Date" -> draw(dates).toString();
            case "DateTime", "OffsetDateTime", "Instant" -> draw(dates) + "T12:00:00Z";
            default -> draw(words);
        };
    }

    private boolean isComposite(TypeRef type) {
        TypeDef named = schema.type(type.named().name());
        return named != null && (named.kind().equals("OBJECT") || named.kind().equals("INTERFACE") || named.kind().equals("UNION"));
    }

    @SuppressWarnings("unchecked")
    private <T> T draw(Arbitrary<T> arbitrary) {
        RandomGenerator<T> generator = (RandomGenerator<T>) generators.computeIfAbsent(arbitrary,
                a -> a.generatorWithEmbeddedEdgeCases(GEN_SIZE));
        return generator.next(random).value();
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
