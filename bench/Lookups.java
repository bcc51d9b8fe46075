import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Single-record lookups (issue 11: "< 10 ms median in the server" at 1M incidents), one request at a time, executed
 * ({@code Cache-Control: no-cache}, so the response cache does not answer). The lookups take turns in blocks of
 * {@code --block} requests, so that noise from whatever else runs on the machine falls on all of them alike; talks
 * and incident ids rotate through the given lists. Prints a Markdown table: the server's own time (Server-Timing:
 * app;dur=, from the -Pbench build), the client's wall time, the SQL statements per request (X-Bench-Sql-Statements)
 * and, with {@code --pid}, the JVM's CPU time per request without its JIT compiler (from /proc, in 10 ms ticks summed
 * over the blocks): a figure that other load on the machine inflates far less than the times.
 *
 * <p>Run with bench/lookups.sh, or: {@code java bench/Lookups.java --base http://127.0.0.1:18300 --count 300
 * --warmup 200 --block 10 --pid 1234 [--only timeline] --talks 11720,11727 --incidents 36731,536731}
 */
public class Lookups {

    static final Pattern SERVER_TIME = Pattern.compile("app;dur=([0-9.]+)");

    record Lookup(String name, String document, String variable) {
    }

    static final List<Lookup> LOOKUPS = List.of(
            new Lookup("talk(id) → concurrentIncidents(windowDays: 3, first: 10), place, casualties", """
                    query($id: ID!) { talk(id: $id) { id title
                      concurrentIncidents(windowDays: 3, first: 10) { id occurredOn place { name } casualties { killed wounded } } } }""",
                    "talks"),
            new Lookup("incidents(filter: Donetsk, H1 2024, first: 50), place, actor, casualties (bench/peers q4)", """
                    { incidents(filter: {regions: ["Donetsk"], from: "2024-01-01", to: "2024-06-30"}, first: 50) {
                      nodes { id occurredOn place { name admin1 } actor { name } casualties { killed wounded } } } }""",
                    null),
            new Lookup("timeline(2024-03-01..07, first: 50) (bench/queries/timeline)", """
                    { timeline(from: "2024-03-01", to: "2024-03-07", first: 50) { edges { cursor node { __typename
                      ... on Incident { id occurredOn } ... on Talks { id title startDate } ... on Statement { id saidOn } } }
                      pageInfo { hasNextPage endCursor } } }""",
                    null),
            new Lookup("incident(id), place, actor, casualties", """
                    query($id: ID!) { incident(id: $id) { id occurredOn place { name admin1 } actor { name }
                      casualties { killed wounded } } }""",
                    "incidents"),
            new Lookup("node(id) of an incident", """
                    query($id: ID!) { node(id: $id) { id ... on Incident { occurredOn } } }""",
                    "incidents"));

    record Sample(double serverMillis, double clientMillis, long statements) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String graphql = options.getOrDefault("base", "http://127.0.0.1:18300") + "/graphql";
        int count = Integer.parseInt(options.getOrDefault("count", "300"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "200"));
        Map<String, List<String>> ids = Map.of("talks", List.of(options.get("talks").split(",")),
                "incidents", List.of(options.get("incidents").split(",")));
        int block = Integer.parseInt(options.getOrDefault("block", "10"));
        // --only WORD: the lookups whose name contains it (for a profile of one of them)
        List<Lookup> lookups = LOOKUPS.stream().filter(l -> l.name().contains(options.getOrDefault("only", ""))).toList();
        Path stat = options.containsKey("pid") ? Path.of("/proc", options.get("pid")) : null;
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        List<List<Sample>> samples = new ArrayList<>();
        long[] cpuTicks = new long[lookups.size()];
        lookups.forEach(l -> samples.add(new ArrayList<>()));
        for (int round = 0; round < warmup + count; round += block) {
            for (int i = 0; i < lookups.size(); i++) {
                Lookup lookup = lookups.get(i);
                long ticks = cpuTicks(stat);
                for (int n = round; n < round + block; n++) {
                    String variables = lookup.variable() == null ? "{}"
                            : "{\"id\":\"%s\"}".formatted(ids.get(lookup.variable()).get(n % ids.get(lookup.variable()).size()));
                    Sample sample = send(client, graphql, lookup, variables);
                    if (round >= warmup) {
                        samples.get(i).add(sample);
                    }
                }
                if (round >= warmup) {
                    cpuTicks[i] += cpuTicks(stat) - ticks;
                }
            }
        }

        System.out.printf("%d requests per lookup after %d of warm-up, one at a time, lookups taking turns every %d%n%n",
                samples.get(0).size(), warmup, block);
        System.out.println("| lookup | server p50 | server p90 | client p50 | client p90 | SQL statements | JVM CPU per request (no JIT) |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
        for (int i = 0; i < lookups.size(); i++) {
            List<Sample> s = samples.get(i);
            List<Double> server = s.stream().map(Sample::serverMillis).sorted().toList();
            List<Double> wall = s.stream().map(Sample::clientMillis).sorted().toList();
            List<Long> statements = s.stream().map(Sample::statements).sorted().toList();
            String cpu = stat == null ? "-" : "%.1f ms".formatted(cpuTicks[i] * 10.0 / s.size());
            System.out.printf("| %s | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %d | %s |%n", lookups.get(i).name(),
                    pct(server, 50), pct(server, 90), pct(wall, 50), pct(wall, 90), statements.get(statements.size() / 2), cpu);
        }
    }

    static Sample send(HttpClient client, String graphql, Lookup lookup, String variables) throws Exception {
        String body = "{\"query\":%s,\"variables\":%s}".formatted(quote(lookup.document()), variables);
        HttpRequest request = HttpRequest.newBuilder(URI.create(graphql)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Cache-Control", "no-cache")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long started = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        double wall = (System.nanoTime() - started) / 1e6;
        if (response.statusCode() != 200 || response.body().contains("\"errors\"") || response.body().matches("\\{\"data\":\\{\"\\w+\":null.*")) {
            throw new IllegalStateException(lookup.name() + " " + variables + ": " + response.statusCode() + " "
                    + response.body());
        }
        Matcher server = SERVER_TIME.matcher(response.headers().firstValue("Server-Timing").orElse(""));
        if (!server.find()) {
            throw new IllegalStateException("no Server-Timing header: is this the -Pbench build of the jar?");
        }
        return new Sample(Double.parseDouble(server.group(1)), wall,
                response.headers().firstValueAsLong("X-Bench-Sql-Statements").orElse(-1));
    }

    /**
     * User and system time of the process's threads so far, in clock ticks (1/100 s on Linux), from
     * /proc/PID/task/TID/stat, without the JIT compiler's threads: a short run's C2 compilations would otherwise
     * outweigh the requests themselves. Garbage collection counts.
     */
    static long cpuTicks(Path process) throws IOException {
        if (process == null) {
            return 0;
        }
        long ticks = 0;
        try (var tasks = Files.list(process.resolve("task"))) {
            for (Path task : tasks.toList()) {
                String line;
                try {
                    line = Files.readString(task.resolve("stat"));
                } catch (IOException e) {
                    continue; // a thread that ended meanwhile
                }
                String name = line.substring(line.indexOf('(') + 1, line.lastIndexOf(')'));
                if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
                    continue;
                }
                String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            }
        }
        return ticks;
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    static double pct(List<Double> sorted, int p) {
        return sorted.get((int) Math.ceil(p / 100.0 * sorted.size()) - 1);
    }
}
