import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.Json;

/**
 * C clients each send N executed ({@code Cache-Control: no-cache}) requests of one document to /graphql at once, and
 * counts what came back: 200 without errors, SERVER_BUSY, other errors, other statuses; p50/max latency and bytes.
 * Used for the heap of many concurrent full contract queries (with the GC log) and for allocation per request
 * (C=1, heap figures before and after from jcmd). Run:
 * {@code java -cp 'target/quarkus-app/lib/main/*:target/quarkus-app/lib/boot/*' bench/Burst.java http://127.0.0.1:18090 bench/queries/contract.graphql 16 2}
 */
public class Burst {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String body = Json.createObjectBuilder().add("query", Files.readString(Path.of(args[1]))).build().toString();
        int clients = Integer.parseInt(args[2]);
        int each = Integer.parseInt(args[3]);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger busy = new AtomicInteger();
        AtomicInteger otherErrors = new AtomicInteger();
        AtomicInteger otherStatus = new AtomicInteger();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Long> sizes = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                for (int i = 0; i < each; i++) {
                    long sent = System.nanoTime();
                    HttpResponse<String> reply = client.send(HttpRequest.newBuilder(URI.create(base + "/graphql"))
                            .timeout(Duration.ofSeconds(120)).header("Content-Type", "application/json")
                            .header("Cache-Control", "no-cache").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    latencies.add((System.nanoTime() - sent) / 1e6);
                    sizes.add((long) reply.body().length());
                    if (reply.statusCode() != 200) {
                        otherStatus.incrementAndGet();
                    } else if (reply.body().contains("SERVER_BUSY")) {
                        busy.incrementAndGet();
                    } else if (reply.body().startsWith("{\"errors\"")) {
                        otherErrors.incrementAndGet();
                    } else {
                        ok.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        try {
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow(); // a refused connection (the app died) must not leave the other clients waiting
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("clients=%d each=%d ok=%d server_busy=%d other_errors=%d non_200=%d wall=%.1fs p50=%.0fms max=%.0fms"
                + " bytes=%d%n", clients, each, ok.get(), busy.get(), otherErrors.get(), otherStatus.get(), seconds,
                sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), sizes.isEmpty() ? 0 : sizes.get(0));
    }
}
