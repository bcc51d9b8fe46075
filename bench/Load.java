import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;

/**
 * Load driver for Parley's GraphQL endpoint, loopback only. For each query (a .graphql file):
 * <ol>
 * <li>check: one request; a response with {@code errors} means the query is not in this build, and it is skipped;</li>
 * <li>probe: requests one at a time, reading the server's own time ({@code Server-Timing}) and the SQL statements
 * Hibernate prepared ({@code X-Bench-Sql-Statements}; exact because nothing else runs meanwhile);</li>
 * <li>load: at each fixed concurrency, a warm-up, then a measured phase bounded in time and in requests:
 * throughput and client-side p50/p99.</li>
 * </ol>
 * Queries listed in {@code --baseline} run the same load against {@code /bench/baseline} (the identical response
 * served from memory) right after the GraphQL run, so both share the machine's conditions.
 * A document declaring {@code $id} gets a random talks id (seeded) per request.
 *
 * <p>Run (against the benchmark build, {@code ./mvnw package -Pbench}):
 * {@code java -cp 'target/quarkus-app/lib/main/*' bench/Load.java --base http://127.0.0.1:18090
 * --management http://127.0.0.1:18091 --queries bench/queries
 * [--only q1,q2] [--concurrency 1,4,16] [--warmup 2] [--seconds 6] [--max-requests 20000] [--probes 30] [--tsv out.tsv]}
 */
public class Load {

    /** /graphql with the service's response cache allowed: what repeated anonymous readers get. */
    static final String CACHED = "cached:/graphql";

    static final Pattern SERVER_TIME = Pattern.compile("app;dur=([0-9.]+)");

    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    final String base;
    /** The management interface: health. */
    final String management;
    final String label;
    final int[] concurrencies;
    final double warmupSeconds;
    final double seconds;
    final int maxRequests;
    final int probes;
    final long seed;
    final List<String> baselines;
    final Path tsv;
    List<String> talksIds = List.of();

    Load(Map<String, String> o) {
        base = o.getOrDefault("base", "http://127.0.0.1:18090");
        management = o.getOrDefault("management", "http://127.0.0.1:18091");
        label = o.getOrDefault("label", "-");
        concurrencies = Arrays.stream(o.getOrDefault("concurrency", "1,4,16").split(",")).mapToInt(Integer::parseInt)
                .toArray();
        warmupSeconds = Double.parseDouble(o.getOrDefault("warmup", "3"));
        seconds = Double.parseDouble(o.getOrDefault("seconds", "8"));
        maxRequests = Integer.parseInt(o.getOrDefault("max-requests", "20000"));
        probes = Integer.parseInt(o.getOrDefault("probes", "30"));
        seed = Long.parseLong(o.getOrDefault("seed", "42"));
        baselines = List.of(o.getOrDefault("baseline", "contract,contract-10,contract-small").split(","));
        tsv = o.containsKey("tsv") ? Path.of(o.get("tsv")) : null;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Load load = new Load(options);
        Path dir = Path.of(options.getOrDefault("queries", "bench/queries"));
        List<Path> files;
        if (options.containsKey("only")) {
            files = Arrays.stream(options.get("only").split(",")).map(n -> dir.resolve(n + ".graphql")).toList();
        } else {
            // The heaviest last: if it takes the service down, the others are measured already.
            List<String> order = List.of("concurrent-incidents", "incidents-filtered", "timeline", "incident-stats",
                    "contract-small", "contract-10", "contract");
            try (var list = Files.list(dir)) {
                files = list.filter(p -> p.toString().endsWith(".graphql"))
                        .sorted(Comparator.comparing((Path p) -> {
                            int at = order.indexOf(p.getFileName().toString().replace(".graphql", ""));
                            return at < 0 ? order.size() : at;
                        }).thenComparing(Path::toString))
                        .toList();
            }
        }
        load.talksIds = load.talksIds();
        System.out.printf("[%s] %d talks ids; concurrency %s, warm-up %.0fs, measured %.0fs or %d requests%n",
                load.label, load.talksIds.size(), Arrays.toString(load.concurrencies), load.warmupSeconds,
                load.seconds, load.maxRequests);
        for (Path file : files) {
            String name = file.getFileName().toString().replace(".graphql", "");
            if (options.containsKey("once")) {
                // Twice: the first warms up; the second's SQL is cut out of the H2 trace file, if one is given.
                String body = new Bodies(Files.readString(file), load.talksIds).next(new Random(load.seed));
                load.send("/graphql", body);
                Path trace = options.containsKey("trace") ? Path.of(options.get("trace")) : null;
                long from = trace == null ? 0 : Files.size(trace);
                Reply reply = load.send("/graphql", body);
                if (trace != null) {
                    Thread.sleep(500);
                    try (var in = Files.newInputStream(trace)) {
                        in.skipNBytes(from);
                        Files.write(Path.of(options.get("trace-out")), in.readAllBytes());
                    }
                }
                System.out.printf("[%s] %s once: HTTP %d, %d bytes%s%n", load.label, name, reply.status,
                        reply.body.length(), reply.hasErrors() ? ", errors: " + reply.firstError() : "");
                continue;
            }
            load.run(name, Files.readString(file));
            if (!load.answering()) {
                System.out.printf("[%s] the service stopped answering after %s; see its log%n", load.label, name);
                System.exit(3);
            }
        }
    }

    boolean answering() {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(management + "/q/health/live"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Every talks id, paging through the talks connection. */
    List<String> talksIds() {
        String document = "query($after: String) { talks(first: 100, after: $after) { nodes { id }"
                + " pageInfo { endCursor hasNextPage } } }";
        List<String> ids = new ArrayList<>();
        String after = null;
        while (true) {
            JsonObjectBuilder variables = Json.createObjectBuilder();
            if (after != null) {
                variables.add("after", after);
            }
            String body = Json.createObjectBuilder().add("query", document).add("variables", variables).build()
                    .toString();
            JsonObject talks = parse(send("/graphql", body).body).getJsonObject("data").getJsonObject("talks");
            talks.getJsonArray("nodes").forEach(n -> ids.add(n.asJsonObject().getString("id")));
            if (!talks.getJsonObject("pageInfo").getBoolean("hasNextPage")) {
                return ids;
            }
            after = talks.getJsonObject("pageInfo").getString("endCursor");
        }
    }

    void run(String name, String document) {
        Random random = new Random(seed);
        Bodies bodies = new Bodies(document, talksIds);
        Reply check = send("/graphql", bodies.next(random));
        if (check.status != 200 || check.hasErrors()) {
            String message = check.firstError();
            System.out.printf("[%s] %-16s skipped: not in this build (%s)%n", label, name, message);
            row(name, "graphql", "skipped", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, message);
            return;
        }

        // Probe: one request at a time, so the global statement counter belongs to this request alone.
        // Warm-up first, one at a time, for the JIT: at least 100 requests and 10 s, at most 30 s. Its ids come
        // from another random stream, so the probe does not find the database pages of the very same talks cached.
        Random warmRandom = new Random(seed + 1);
        long warmStart = System.nanoTime();
        for (int i = 0; i < 3 || (i < 100 || System.nanoTime() - warmStart < 10_000_000_000L)
                && System.nanoTime() - warmStart < 30_000_000_000L; i++) {
            send("/graphql", bodies.next(warmRandom));
        }
        List<Double> server = new ArrayList<>();
        List<Double> client = new ArrayList<>();
        long minStatements = Long.MAX_VALUE;
        long maxStatements = 0;
        long bytes = 0;
        long ids = 0;
        long probeEnd = System.nanoTime() + 20_000_000_000L;
        int probed = 0;
        for (int i = 0; i < probes && (i < 3 || System.nanoTime() < probeEnd); i++) {
            probed++;
            Reply reply = send("/graphql", bodies.next(random));
            if (reply.status != 200 || reply.hasErrors()) {
                throw new IllegalStateException(name + " failed during the probe: " + reply.firstError());
            }
            server.add(reply.serverMillis);
            client.add(reply.millis);
            minStatements = Math.min(minStatements, reply.statements);
            maxStatements = Math.max(maxStatements, reply.statements);
            bytes += reply.body.length();
            ids += count(reply.body, "\"id\":");
        }
        Collections.sort(server);
        Collections.sort(client);
        System.out.printf(Locale.ROOT, "[%s] %-16s probe  server p50 %7.2f ms p99 %7.2f ms | client p50 %7.2f ms"
                + " | SQL statements %d..%d | %,d bytes, %,d objects with id%n", label, name, pct(server, 50),
                pct(server, 99), pct(client, 50), minStatements, maxStatements, bytes / probed, ids / probed);
        row(name, "graphql", "probe", 1, probed, 0, 0, pct(client, 50), pct(client, 99), pct(server, 50),
                pct(server, 99), minStatements, maxStatements, bytes / probed, "" + ids / probed);

        for (int c : concurrencies) {
            if (!answering()) {
                return;
            }
            // The baseline first: should the GraphQL run take the service down, its figure is there to compare.
            if (baselines.contains(name)) {
                Reply baseline = send("/bench/baseline", bodies.next(new Random(seed)));
                Reply graphql = send("/graphql", bodies.next(new Random(seed)));
                if (baseline.status != 200 || !baseline.body.equals(graphql.body)) {
                    throw new IllegalStateException("/bench/baseline does not serve the /graphql response for " + name
                            + " (status " + baseline.status + "); is the jar the benchmark build (-Pbench)?");
                }
                load(name, "baseline", "/bench/baseline", bodies, c);
            }
            load(name, "graphql", "/graphql", bodies, c);
            if (baselines.contains(name)) {
                load(name, "cached", CACHED, bodies, c);
            }
        }
    }

    /** c workers loop for the warm-up, then for the measured phase, which ends at the time or request bound. */
    void load(String name, String kind, String path, Bodies bodies, int c) {
        phase(path, bodies, c, warmupSeconds, Integer.MAX_VALUE, null);
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        double elapsed = phase(path, bodies, c, seconds, maxRequests, new Results(latencies, errors));
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double throughput = sorted.size() / elapsed;
        System.out.printf(Locale.ROOT, "[%s] %-16s %-8s c=%-3d %,7d requests %8.1f req/s  p50 %7.2f ms  p99 %7.2f ms"
                + "  errors %d%n", label, name, kind, c, sorted.size(), throughput, pct(sorted, 50), pct(sorted, 99),
                errors.get());
        row(name, kind, "c" + c, c, sorted.size(), errors.get(), throughput, pct(sorted, 50), pct(sorted, 99), 0, 0,
                0, 0, 0, "");
    }

    record Results(List<Double> latencies, AtomicInteger errors) {
    }

    double phase(String path, Bodies bodies, int c, double phaseSeconds, int requests, Results results) {
        long end = System.nanoTime() + (long) (phaseSeconds * 1e9);
        AtomicInteger started = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        long begin = System.nanoTime();
        for (int w = 0; w < c; w++) {
            Random random = new Random(seed * 31 + w);
            Thread worker = new Thread(() -> {
                while (System.nanoTime() < end && started.incrementAndGet() <= requests) {
                    long t = System.nanoTime();
                    boolean ok = drain(path, bodies.next(random));
                    double millis = (System.nanoTime() - t) / 1e6;
                    if (results != null) {
                        if (ok) {
                            results.latencies.add(millis);
                        } else {
                            results.errors.incrementAndGet();
                        }
                    }
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return (System.nanoTime() - begin) / 1e9;
    }

    /** Sends a request and reads the whole response without keeping it. */
    boolean drain(String path, String body) {
        try {
            HttpResponse<InputStream> response = client.send(request(path, body), HttpResponse.BodyHandlers.ofInputStream());
            byte[] buffer = new byte[65536];
            boolean errors = false;
            try (InputStream in = response.body()) {
                int n = in.readNBytes(buffer, 0, 10);
                errors = new String(buffer, 0, n, StandardCharsets.UTF_8).startsWith("{\"errors\"");
                while (in.read(buffer) >= 0) {
                    // read to the end
                }
            }
            return response.statusCode() == 200 && !errors; // SmallRye writes "errors" first, e.g. SERVER_BUSY
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    record Reply(int status, String body, double millis, double serverMillis, long statements) {
        boolean hasErrors() {
            return parse(body).containsKey("errors");
        }

        String firstError() {
            if (status != 200) {
                return "HTTP " + status;
            }
            var errors = parse(body).getJsonArray("errors");
            return errors == null || errors.isEmpty() ? "" : errors.getJsonObject(0).getString("message", "");
        }
    }

    Reply send(String path, String body) {
        try {
            long t = System.nanoTime();
            HttpResponse<String> response = client.send(request(path, body),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            double millis = (System.nanoTime() - t) / 1e6;
            Matcher server = SERVER_TIME.matcher(response.headers().firstValue("Server-Timing").orElse(""));
            long statements = response.headers().firstValueAsLong("X-Bench-Sql-Statements").orElse(-1);
            return new Reply(response.statusCode(), response.body(), millis,
                    server.find() ? Double.parseDouble(server.group(1)) : Double.NaN, statements);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Requests to /graphql carry {@code Cache-Control: no-cache}, so the service runs the query every time (its
     * response cache would otherwise answer repeated documents from memory); {@link #CACHED} leaves that out.
     */
    HttpRequest request(String path, String body) {
        boolean cached = path.startsWith(CACHED);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + (cached ? "/graphql" : path)))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json");
        if (path.equals("/graphql")) {
            request.header("Cache-Control", "no-cache");
        }
        return request.POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** Request bodies for one document: fixed, or with a random talks id when it declares $id. */
    record Bodies(String document, List<String> ids) {
        String next(Random random) {
            JsonObjectBuilder variables = Json.createObjectBuilder();
            if (document.contains("$id")) {
                variables.add("id", ids.get(random.nextInt(ids.size())));
            }
            return Json.createObjectBuilder().add("query", document).add("variables", variables).build().toString();
        }
    }

    static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    static long count(String text, String needle) {
        long n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }

    static double pct(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    /** label, query, kind, phase, concurrency, requests, errors, req/s, p50, p99, server p50, server p99,
     * statements min, statements max, bytes, note */
    void row(String name, String kind, String phase, int c, int requests, int errors, double throughput, double p50,
            double p99, double serverP50, double serverP99, long minStatements, long maxStatements, long bytes,
            String note) {
        if (tsv == null) {
            return;
        }
        String line = String.join("\t", label, name, kind, phase, "" + c, "" + requests, "" + errors,
                fmt(throughput), fmt(p50), fmt(p99), fmt(serverP50), fmt(serverP99), "" + minStatements,
                "" + maxStatements, "" + bytes, note.replaceAll("[\t\n]", " ")) + "\n";
        try {
            Files.writeString(tsv, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String fmt(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
