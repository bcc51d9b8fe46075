package dev.parley.fuzz;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import net.jqwik.api.sessions.JqwikSession;

/**
 * Sends generated requests to /graphql over real HTTP and checks every answer: no 5xx, no INTERNAL_ERROR, no stack
 * trace or Java class name, and the server still answering {@code { __typename }} after every hundred. Run by
 * {@code FuzzTest} in the suite and, for longer runs against the packaged app, by {@code bench/fuzz.sh}.
 */
public final class Fuzzer {

    /** What must never reach a client: Java class and package names, exception names, stack frames. */
    private static final Pattern LEAK = Pattern.compile(
            "dev\\.parley\\.|java\\.|javax\\.|jakarta\\.|org\\.hibernate|io\\.smallrye|io\\.quarkus|io\\.vertx|graphql\\.(execution|schema|language)\\."
                    + "|Exception|\\bat [\\w$.]+\\(");
    private static final int BATCH = 100;

    /** One kind of failure, counted, with the first request that showed it. */
    record Failure(String what, String kind, String request, String response) {
    }

    private final URI graphql;
    private final String editorAuthorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    final Map<String, Integer> statuses = new TreeMap<>();
    final Map<String, Integer> errorCodes = new TreeMap<>();
    final Map<String, Integer> kinds = new TreeMap<>();
    final Map<String, Integer> failureCounts = new LinkedHashMap<>();
    final Map<String, Failure> failures = new LinkedHashMap<>();
    /** The slowest requests, for a run that takes too long. */
    record Slow(long millis, String kind, String request) implements Comparable<Slow> {
        @Override
        public int compareTo(Slow other) {
            return millis != other.millis ? Long.compare(millis, other.millis) : request.compareTo(other.request);
        }
    }

    final TreeSet<Slow> slowest = new TreeSet<>();
    int sent;
    double seconds;

    public Fuzzer(URI base, String editor, String password) {
        this.graphql = base.resolve("/graphql");
        this.editorAuthorization = "Basic " + Base64.getEncoder()
                .encodeToString((editor + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Sends {@code count} requests generated from {@code seed}; the same seed sends the same requests. */
    public void run(long seed, int count) {
        long started = System.nanoTime();
        JqwikSession.start(); // jqwik's arbitraries outside a property: they need a session of their own
        try {
            run(new Random(seed), count);
        } finally {
            JqwikSession.finish();
            seconds = (System.nanoTime() - started) / 1e9;
        }
    }

    private void run(Random random, int count) {
        SchemaModel schema = new SchemaModel(introspect());
        DocumentGenerator documents = new DocumentGenerator(schema, random);
        Hostile hostile = new Hostile(random);
        for (int i = 1; i <= count; i++) {
            int dice = random.nextInt(100);
            if (dice < 45) {
                send(documents.valid());
            } else if (dice < 85) {
                send(documents.mutated());
            } else if (dice < 92) {
                send(hostile.shape());
            } else {
                byte[] bytes = hostile.bytes();
                send("bytes", HttpRequest.BodyPublishers.ofByteArray(bytes), false,
                        new String(bytes, StandardCharsets.UTF_8));
            }
            if (i % BATCH == 0) {
                checkAlive(i);
            }
        }
    }

    /** The failures as a report: one line per kind, how often, and the first request that showed it. */
    public String report() {
        StringBuilder out = new StringBuilder("%d requests in %.1f s; by kind %s; HTTP statuses %s; error codes %s%n"
                .formatted(sent, seconds, kinds, statuses, errorCodes));
        slowest.descendingSet().forEach(slow -> out.append("slow: %d ms [%s] %s%n".formatted(slow.millis(), slow.kind(),
                shorten(slow.request(), 300))));
        failures.forEach((what, failure) -> out.append("%n%dx %s [%s]%n  request:  %s%n  response: %s%n".formatted(
                failureCounts.get(what), what, failure.kind(), shorten(failure.request(), 600), shorten(failure.response(), 600))));
        return out.toString();
    }

    public boolean failed() {
        return !failures.isEmpty();
    }

    private JsonObject introspect() {
        HttpResponse<String> response = post(Json.write(Map.of("query", SchemaModel.INTROSPECTION)), false);
        return parse(response.body()).getJsonObject("data").getJsonObject("__schema");
    }

    private void send(Generated generated) {
        send(generated.kind(), HttpRequest.BodyPublishers.ofString(generated.body()), generated.asEditor(), generated.body());
    }

    private void send(String kind, HttpRequest.BodyPublisher body, boolean asEditor, String shown) {
        sent++;
        kinds.merge(kind, 1, Integer::sum);
        HttpResponse<String> response;
        long started = System.nanoTime();
        try {
            response = http.send(request(body, asEditor), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            fail("no answer (" + e.getClass().getSimpleName() + ")", kind, shown, "");
            return;
        }
        slowest.add(new Slow((System.nanoTime() - started) / 1_000_000, kind, shown));
        if (slowest.size() > 3) {
            slowest.remove(slowest.first());
        }
        statuses.merge(String.valueOf(response.statusCode()), 1, Integer::sum);
        if (response.statusCode() >= 500) {
            fail("HTTP " + response.statusCode(), kind, shown, response.body());
        }
        JsonObject answer = parseOrNull(response.body());
        if (answer == null) {
            if (response.statusCode() != 304 && LEAK.matcher(response.body()).find()) {
                fail("internals in a non-JSON answer", kind, shown, response.body());
            }
            return;
        }
        JsonValue errors = answer.get("errors");
        if (errors == null || errors.getValueType() != JsonValue.ValueType.ARRAY) {
            return;
        }
        for (JsonValue error : errors.asJsonArray()) {
            JsonObject object = error.asJsonObject();
            JsonObject extensions = object.getJsonObject("extensions");
            String code = codeOf(extensions);
            errorCodes.merge(code, 1, Integer::sum);
            if (code.equals("INTERNAL_ERROR")) {
                fail("INTERNAL_ERROR", kind, shown, object.toString());
            }
            if (object.getString("message", "").equals("System error")) {
                fail("an unexpected failure masked as \"System error\", code " + code, kind, shown, object.toString());
            }
            // graphql-java's error classification (DataFetchingException, ValidationError) is protocol, not a leak
            String text = object.toString().replaceAll("\"classification\":\"\\w+\"", "");
            var leak = LEAK.matcher(text);
            if (leak.find()) {
                fail("internals in an error (" + leak.group() + "), code " + code, kind, shown,
                        "…" + text.substring(Math.max(0, leak.start() - 300), Math.min(text.length(), leak.end() + 200)) + "…");
            }
        }
    }

    private static String codeOf(JsonObject extensions) {
        if (extensions == null) {
            return "(no extensions)";
        }
        if (extensions.get("code") instanceof jakarta.json.JsonString code) {
            return code.getString();
        }
        return extensions.get("classification") instanceof jakarta.json.JsonString classification
                ? "(no code: " + classification.getString() + ")" : "(no code)";
    }

    private void checkAlive(int after) {
        try {
            HttpResponse<String> response = post("{\"query\":\"{ __typename }\"}", false);
            JsonObject answer = parse(response.body());
            if (response.statusCode() != 200 || !"Query".equals(answer.getJsonObject("data").getString("__typename"))) {
                fail("server not answering { __typename }", "liveness", "after " + after, response.body());
            }
        } catch (RuntimeException e) {
            fail("server not answering { __typename }", "liveness", "after " + after, e.toString());
        }
    }

    private HttpResponse<String> post(String body, boolean asEditor) {
        try {
            return http.send(request(HttpRequest.BodyPublishers.ofString(body), asEditor), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException("POST /graphql failed: " + e, e);
        }
    }

    private HttpRequest request(HttpRequest.BodyPublisher body, boolean asEditor) {
        HttpRequest.Builder request = HttpRequest.newBuilder(graphql).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Cache-Control", "no-cache").POST(body);
        if (asEditor) {
            request.header("Authorization", editorAuthorization);
        }
        return request.build();
    }

    private void fail(String what, String kind, String request, String response) {
        failureCounts.merge(what, 1, Integer::sum);
        failures.putIfAbsent(what, new Failure(what, kind, request, response));
    }

    private static JsonObject parse(String json) {
        return jakarta.json.Json.createReader(new StringReader(json)).readObject();
    }

    private static JsonObject parseOrNull(String json) {
        try {
            return parse(json);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String shorten(String text, int max) {
        String oneLine = text.replace("\n", "\\n");
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max) + "… (" + oneLine.length() + " chars)";
    }

    /** {@code java -cp ... dev.parley.fuzz.Fuzzer URL COUNT SEED EDITOR PASSWORD}: a longer run, see bench/fuzz.sh. */
    public static void main(String[] args) {
        Fuzzer fuzzer = new Fuzzer(URI.create(args[0]), args.length > 3 ? args[3] : "editor", args.length > 4 ? args[4] : "editor");
        fuzzer.run(Long.parseLong(args[2]), Integer.parseInt(args[1]));
        System.out.println(fuzzer.report());
        System.exit(fuzzer.failed() ? 1 : 0);
    }
}
