package dev.parley.common.responsecache;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Serves repeated anonymous queries from memory: most readers of a newsroom page send the same document with
 * the same variables, and until someone writes, the answer cannot change. The key is the request as sent;
 * the answer is kept only when the query ran without errors, and only while the {@link DataVersion} it was
 * computed under is current, which every committed write moves on.
 * <ul>
 * <li>Requests with credentials (Authorization, cookies) always run: what they see may depend on who asks.</li>
 * <li>{@code Cache-Control: no-cache} (or no-store) runs the query, as HTTP caches do for a forced reload.</li>
 * <li>Identical misses arriving together run once: the others wait for that answer instead of each
 * building it (a cold cache under load would otherwise build the same megabytes N times at once).</li>
 * <li>Answers carry an {@code ETag}; a client sending it back in {@code If-None-Match} gets 304 without a body.</li>
 * <li>{@code Cache-Status} (RFC 9211) tells whether an answer came from the cache.</li>
 * </ul>
 */
@ApplicationScoped
public class ResponseCacheRoute {

    static final String CACHE_STATUS = "Cache-Status";

    @Inject
    ResponseCacheConfig config;

    @Inject
    DataVersion dataVersion;

    private Cache<RequestKey, CachedResponse> answers;

    /** The misses being computed now, so that identical ones wait for them. */
    private final Map<RequestKey, CompletableFuture<CachedResponse>> inFlight = new ConcurrentHashMap<>();

    void install(@Observes Router router) {
        if (!config.enabled()) {
            return;
        }
        answers = Caffeine.newBuilder()
                .maximumWeight(config.maxSize().asLongValue())
                .weigher((RequestKey key, CachedResponse answer) -> key.weight() + answer.body().length())
                .expireAfterWrite(config.timeToLive())
                .build();
        // After GraphQLRequestGuard (-100): what reaches this is a well-formed request whose body has been read.
        router.post("/graphql").order(-90).handler(this::answer);
    }

    void answer(RoutingContext context) {
        RequestKey key = cacheableKey(context);
        if (key == null) {
            context.next();
            return;
        }
        long version = dataVersion.current();
        CachedResponse cached = answers.getIfPresent(key);
        if (cached != null && cached.version() == version) {
            send(context, cached);
            return;
        }
        CompletableFuture<CachedResponse> computing = new CompletableFuture<>();
        CompletableFuture<CachedResponse> earlier = inFlight.putIfAbsent(key, computing);
        if (earlier != null && earlier.isDone() && inFlight.replace(key, earlier, computing)) {
            earlier = null; // finished, but not yet removed: this request computes anew
        }
        if (earlier != null) {
            earlier.whenComplete((answer, failure) -> context.vertx().runOnContext(v -> {
                if (answer != null && answer.version() == dataVersion.current()) {
                    send(context, answer);
                } else {
                    run(context, null);
                }
            }));
            return;
        }
        PendingAnswer pending = new PendingAnswer(key, version);
        context.addHeadersEndHandler(v -> finish(key, computing, store(context, pending)));
        context.addEndHandler(ended -> finish(key, computing, null)); // also when the request failed
        run(context, pending);
    }

    private void finish(RequestKey key, CompletableFuture<CachedResponse> computing, CachedResponse answer) {
        inFlight.remove(key, computing);
        computing.complete(answer);
    }

    private void run(RoutingContext context, PendingAnswer pending) {
        if (pending != null) {
            context.put(PendingAnswer.KEY, pending);
        }
        context.response().putHeader(CACHE_STATUS, "parley; fwd=miss");
        context.next();
    }

    /**
     * The bytes of an answer, as they are sent: kept for the cache if the request was a miss whose query ran without
     * errors. The cache holds that same buffer (the body is shared, not copied, when it is sent again).
     */
    public static void answered(RoutingContext context, Buffer body) {
        PendingAnswer pending = context.get(PendingAnswer.KEY);
        if (pending != null && pending.cacheable) {
            pending.body = body;
        }
    }

    private CachedResponse store(RoutingContext context, PendingAnswer pending) {
        HttpServerResponse response = context.response();
        Buffer bytes = pending.body;
        if (response.getStatusCode() != 200 || bytes == null || bytes.length() > config.maxEntrySize().asLongValue()) {
            return null;
        }
        if (pending.version != dataVersion.current()) {
            return null; // a write committed while this ran: the answer may hold data from before it
        }
        CachedResponse answer = new CachedResponse(pending.version, response.headers().get(HttpHeaders.CONTENT_TYPE),
                etagOf(pending.version, bytes), bytes);
        response.putHeader(HttpHeaders.ETAG, answer.etag());
        answers.put(pending.key, answer);
        response.putHeader(CACHE_STATUS, "parley; fwd=miss; stored");
        return answer;
    }

    private static void send(RoutingContext context, CachedResponse answer) {
        HttpServerResponse response = context.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, answer.contentType())
                .putHeader(HttpHeaders.ETAG, answer.etag())
                .putHeader(CACHE_STATUS, "parley; hit");
        if (answer.etag().equals(context.request().getHeader(HttpHeaders.IF_NONE_MATCH))) {
            response.setStatusCode(304).end();
        } else {
            response.end(answer.body());
        }
    }

    /** The key of a request that may be answered from the cache, or null. */
    private static RequestKey cacheableKey(RoutingContext context) {
        var headers = context.request().headers();
        if (headers.contains(HttpHeaders.AUTHORIZATION) || headers.contains(HttpHeaders.COOKIE)) {
            return null;
        }
        String cacheControl = headers.get(HttpHeaders.CACHE_CONTROL);
        if (cacheControl != null && (cacheControl.contains("no-cache") || cacheControl.contains("no-store"))) {
            return null;
        }
        String body = context.body().asString();
        if (body == null) {
            return null;
        }
        return new RequestKey(headers.get(HttpHeaders.CONTENT_TYPE), headers.get(HttpHeaders.ACCEPT), body);
    }

    private static String etagOf(long version, Buffer body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(body.getByteBuf().nioBuffer()); // no copy of a multi-megabyte body
            byte[] digest = sha256.digest();
            return "\"" + version + "-" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
