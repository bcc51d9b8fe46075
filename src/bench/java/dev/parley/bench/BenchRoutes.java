package dev.parley.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.logging.Log;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * What the benchmark (bench/) needs from the running service, present only in the benchmark build ({@code ./mvnw
 * package -Pbench}: this source folder is added by the pom's {@code bench} profile, a plain build has no such class):
 * <ul>
 * <li>{@code POST /bench/baseline}: takes the same body as {@code /graphql}; the first time it sees a body it runs
 * it through the real {@code /graphql} endpoint, then serves those exact bytes from memory. The limit of this stack
 * for that response, to compare the GraphQL path with.</li>
 * <li>On every {@code /graphql} response, {@code Server-Timing: app;dur=<ms>} (time in the server, from the request
 * reaching the router to the headers being written) and {@code X-Bench-Sql-Statements}: the statements Hibernate
 * prepared meanwhile. That count is global, so it is exact only while requests run one at a time.</li>
 * </ul>
 */
@ApplicationScoped
public class BenchRoutes {

    public static final String SQL_STATEMENTS = "X-Bench-Sql-Statements";

    @Inject
    SessionFactory sessionFactory;

    private final Map<String, Response> baselines = new ConcurrentHashMap<>();

    private final HttpClient client = HttpClient.newHttpClient();

    record Response(String contentType, Buffer body) {
    }

    void register(@Observes Router router) {
        Log.warn("Benchmark build (-Pbench): /bench/baseline and timing headers on /graphql");
        Statistics statistics = sessionFactory.getStatistics();
        statistics.setStatisticsEnabled(true);
        router.route("/graphql").order(Integer.MIN_VALUE).handler(rc -> time(rc, statistics));
        router.post("/bench/baseline").handler(BodyHandler.create(false)).handler(this::baseline);
    }

    private void time(RoutingContext rc, Statistics statistics) {
        long started = System.nanoTime();
        long statementsBefore = statistics.getPrepareStatementCount();
        rc.addHeadersEndHandler(v -> rc.response()
                .putHeader("Server-Timing", "app;dur=%.3f".formatted((System.nanoTime() - started) / 1e6))
                .putHeader(SQL_STATEMENTS, Long.toString(statistics.getPrepareStatementCount() - statementsBefore)));
        rc.next();
    }

    private void baseline(RoutingContext rc) {
        String request = rc.body().asString();
        Response cached = baselines.get(request);
        if (cached != null) {
            send(rc, cached);
            return;
        }
        String graphql = "http://%s:%d/graphql".formatted(rc.request().localAddress().hostAddress(),
                rc.request().localAddress().port());
        rc.vertx().executeBlocking(() -> fetch(graphql, request), false).onComplete(result -> {
            if (result.failed()) {
                rc.fail(result.cause());
                return;
            }
            send(rc, baselines.computeIfAbsent(request, r -> result.result()));
        });
    }

    private Response fetch(String graphql, String request) throws Exception {
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(graphql))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(request))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("/graphql answered " + response.statusCode());
        }
        String contentType = response.headers().firstValue("Content-Type").orElse("application/json");
        return new Response(contentType, Buffer.buffer(response.body()));
    }

    private static void send(RoutingContext rc, Response response) {
        rc.response().putHeader(HttpHeaders.CONTENT_TYPE, response.contentType()).end(response.body());
    }
}
