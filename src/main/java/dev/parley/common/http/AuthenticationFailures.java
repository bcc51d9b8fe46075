package dev.parley.common.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Failed authentication, seen from HTTP:
 * <ul>
 * <li>answered 401 with a GraphQL error body ({@code UNAUTHORIZED}), the challenge Quarkus set kept; this is the
 * failure handler Quarkus documents for customising the response to an AuthenticationFailedException;</li>
 * <li>throttled: after too many failures from one client address, or for one user name, within a window, every
 * request carrying credentials from that address or for that user is refused with 429 {@code TOO_MANY_REQUESTS}
 * and {@code Retry-After}, before its password or token is checked. Requests without credentials (public reads)
 * and successful logins do not count.</li>
 * </ul>
 * Runs before Quarkus's authentication (priority 200, route order -200), for HTTP Basic and bearer tokens alike.
 */
@ApplicationScoped
public class AuthenticationFailures {

    private static final int BEFORE_AUTHENTICATION = -250;

    @Inject
    AuthThrottleConfig config;

    private Cache<String, Window> byAddress;
    private Cache<String, Window> byUser;

    /** Failures counted from the first one. */
    private record Window(long startNanos, AtomicInteger failures) {
    }

    void install(@Observes Router router) {
        byAddress = Caffeine.newBuilder().maximumSize(config.maxTracked()).expireAfterWrite(config.window()).build();
        byUser = Caffeine.newBuilder().maximumSize(config.maxTracked()).expireAfterWrite(config.window()).build();
        router.route().order(BEFORE_AUTHENTICATION).handler(this::throttle).failureHandler(this::failed);
    }

    void throttle(RoutingContext context) {
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (!config.enabled() || authorization == null) {
            context.next();
            return;
        }
        long wait = Math.max(secondsLeft(byAddress, address(context), config.maxFailuresPerAddress()),
                secondsLeft(byUser, basicUser(authorization), config.maxFailuresPerUser()));
        if (wait > 0) {
            context.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
            HttpRefusal.send(context, 429, "TOO_MANY_REQUESTS",
                    "Too many failed logins from this address or for this user; retry after %d seconds".formatted(wait),
                    ResponseMediaType.JSON);
            return;
        }
        context.next();
    }

    void failed(RoutingContext context) {
        Throwable failure = context.failure();
        while (failure instanceof CompletionException && failure.getCause() != null) {
            failure = failure.getCause();
        }
        if (!(failure instanceof AuthenticationFailedException) || context.response().ended()) {
            context.next();
            return;
        }
        if (config.enabled()) {
            count(byAddress, address(context));
            count(byUser, basicUser(context.request().getHeader(HttpHeaders.AUTHORIZATION)));
        }
        HttpRefusal.send(context, 401, "UNAUTHORIZED", "Authentication failed: wrong user name, password or token",
                ResponseMediaType.JSON);
    }

    private void count(Cache<String, Window> windows, String key) {
        if (key != null) {
            windows.get(key, k -> new Window(System.nanoTime(), new AtomicInteger())).failures().incrementAndGet();
        }
    }

    /** Seconds until the key may try again, 0 if it may now. */
    private long secondsLeft(Cache<String, Window> windows, String key, int allowed) {
        Window window = key == null ? null : windows.getIfPresent(key);
        if (window == null || window.failures().get() < allowed) {
            return 0;
        }
        long left = config.window().toNanos() - (System.nanoTime() - window.startNanos());
        return left <= 0 ? 0 : Math.max(1, (left + 999_999_999L) / 1_000_000_000L);
    }

    private static String address(RoutingContext context) {
        var remote = context.request().remoteAddress();
        return remote == null ? null : remote.hostAddress();
    }

    /** The user name of an HTTP Basic header; bearer tokens are counted per address only (their claims are unverified here). */
    private static String basicUser(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String credentials = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = credentials.indexOf(':');
            return colon < 0 ? null : credentials.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
