import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.schema.Coercing;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.TypeResolver;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.InterfaceWiringEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.ScalarInfo;
import graphql.schema.idl.ScalarWiringEnvironment;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnionWiringEnvironment;
import graphql.schema.idl.WiringFactory;

/**
 * The cost of graphql-java alone (issue 11's floor): Parley's served schema, each query's served answer held in
 * memory, and graphql-java executing the query's document over it, then Jackson writing the result as bytes. No
 * database, no Hibernate, no SmallRye, no HTTP: every field is a map lookup. No server built on graphql-java answers
 * the query with less CPU than this, whatever it does for its data.
 * <p>
 * Usage (bench/peers/floors.sh starts Parley and runs it):
 * {@code java -cp 'target/quarkus-app/lib/main/*:target/quarkus-app/lib/boot/*' bench/peers/Floors.java
 * URL QUERIES_DIR SECONDS q1,q2,...}
 * Prints one line per query: CPU per execution of this thread and of the whole process (GC and JIT included), after
 * a warm-up as long as the measurement. One thread: CPU per execution is what the ratio needs, not throughput.
 */
public class Floors {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        String url = args[0];
        Path queries = Path.of(args[1]);
        double seconds = Double.parseDouble(args[2]);
        GraphQLSchema schema = schema(get(url + "/graphql/schema.graphql"));
        Map<String, PreparsedDocumentEntry> parsed = new ConcurrentHashMap<>();
        // Parsed and validated once per document, as Parley's server caches them.
        PreparsedDocumentProvider cache = new PreparsedDocumentProvider() {
            @Override
            public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
                    Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
                return CompletableFuture.completedFuture(parsed.computeIfAbsent(input.getQuery(), q -> parseAndValidate.apply(input)));
            }
        };
        GraphQL graphQL = GraphQL.newGraphQL(schema).preparsedDocumentProvider(cache).build();
        String firstTalksId = JSON.readTree(post(url, "{ talks(first: 1) { nodes { id } } }", Map.of()))
                .at("/data/talks/nodes/0/id").asText();
        for (String q : args[3].split(",")) {
            String document = Files.readString(queries.resolve(q + ".graphql"));
            Map<String, Object> variables = document.contains("$id") ? Map.of("id", firstTalksId) : Map.of();
            JsonNode served = JSON.readTree(post(url, document, variables));
            if (served.has("errors")) {
                throw new IllegalStateException(q + ": the server answered with errors: " + served.get("errors"));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> data = JSON.convertValue(served.get("data"), LinkedHashMap.class);
            ExecutionInput input = ExecutionInput.newExecutionInput(document).variables(variables).root(data).build();
            byte[] answer = execute(graphQL, input);
            if (!JSON.readTree(answer).get("data").equals(served.get("data"))) {
                throw new IllegalStateException(q + ": graphql-java over the served answer did not give it back");
            }
            measure(graphQL, document, variables, data, seconds); // warm-up
            double[] cpu = measure(graphQL, document, variables, data, seconds);
            System.out.printf("%s: %d fields, %d bytes: %.3f ms CPU per execution on its thread, %.3f ms of the process's"
                    + " (GC, JIT included), %.0f executions%n", q, fields(served.get("data")), answer.length, cpu[0], cpu[1], cpu[2]);
        }
    }

    /** ms of thread CPU and of process CPU per execution, and the number of executions. */
    static double[] measure(GraphQL graphQL, String document, Map<String, Object> variables, Map<String, Object> data,
            double seconds) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long thread0 = threads.getCurrentThreadCpuTime();
        long process0 = os.getProcessCpuTime();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long n = 0;
        while (System.nanoTime() < end) {
            execute(graphQL, ExecutionInput.newExecutionInput(document).variables(variables).root(data).build());
            n++;
        }
        return new double[] { (threads.getCurrentThreadCpuTime() - thread0) / 1e6 / n,
                (os.getProcessCpuTime() - process0) / 1e6 / n, n };
    }

    static byte[] execute(GraphQL graphQL, ExecutionInput input) throws IOException {
        ExecutionResult result = graphQL.execute(input);
        if (!result.getErrors().isEmpty()) {
            throw new IllegalStateException("graphql-java: " + result.getErrors());
        }
        return JSON.writeValueAsBytes(result.toSpecification());
    }

    /** Every key of every object in the answer: the fields graphql-java resolves and completes. */
    static long fields(JsonNode node) {
        long n = 0;
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                n += 1 + fields(e.getValue());
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                n += fields(item);
            }
        }
        return n;
    }

    /** The served SDL, executable over maps: each field reads its result key; scalars pass values through. */
    static GraphQLSchema schema(String sdl) {
        TypeDefinitionRegistry types = new SchemaParser().parse(sdl);
        DataFetcher<Object> byResultKey = env -> env.getSource() instanceof Map<?, ?> m
                ? m.get(env.getField().getResultKey())
                : null;
        TypeResolver none = env -> null;
        WiringFactory wiring = new WiringFactory() {
            @Override
            public boolean providesScalar(ScalarWiringEnvironment env) {
                return !ScalarInfo.isGraphqlSpecifiedScalar(env.getScalarTypeDefinition().getName());
            }

            @Override
            public GraphQLScalarType getScalar(ScalarWiringEnvironment env) {
                return GraphQLScalarType.newScalar().name(env.getScalarTypeDefinition().getName())
                        .coercing(new Coercing<Object, Object>() {
                            @Override
                            public Object serialize(Object value, GraphQLContext context, Locale locale) {
                                return value;
                            }

                            @Override
                            public Object parseValue(Object input, GraphQLContext context, Locale locale) {
                                return input;
                            }

                            @Override
                            public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                                    Locale locale) {
                                return input instanceof StringValue s ? s.getValue() : input;
                            }
                        }).build();
            }

            @Override
            public boolean providesTypeResolver(InterfaceWiringEnvironment env) {
                return true;
            }

            @Override
            public TypeResolver getTypeResolver(InterfaceWiringEnvironment env) {
                return none;
            }

            @Override
            public boolean providesTypeResolver(UnionWiringEnvironment env) {
                return true;
            }

            @Override
            public TypeResolver getTypeResolver(UnionWiringEnvironment env) {
                return none;
            }

            @Override
            public DataFetcher<?> getDefaultDataFetcher(FieldWiringEnvironment env) {
                return byResultKey;
            }
        };
        return new SchemaGenerator().makeExecutableSchema(types, RuntimeWiring.newRuntimeWiring().wiringFactory(wiring).build());
    }

    static String get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    static String post(String url, String document, Map<String, Object> variables) throws Exception {
        String body = JSON.writeValueAsString(Map.of("query", document, "variables", variables));
        return HTTP.send(HttpRequest.newBuilder(URI.create(url + "/graphql"))
                .header("Content-Type", "application/json").header("Cache-Control", "no-cache")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
