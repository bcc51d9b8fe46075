package dev.parley.common.websocket;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** GraphQL over WebSocket (graphql-transport-ws on /graphql): what one connection may do, and who may open one. */
@ConfigMapping(prefix = "parley.websocket")
public interface WebSocketConfig {

    /**
     * Operations open at once on one connection: subscriptions, and queries or mutations not yet answered.
     * One more is refused with an error message for its id (code TOO_MANY_OPERATIONS); the connection stays open.
     */
    @WithDefault("20")
    int maxOperations();

    /** How long a client has to send connection_init after the upgrade; then the socket is closed with 4408. */
    @WithDefault("10s")
    Duration connectionInitTimeout();

    /**
     * Origins (scheme://host[:port]) whose pages may open a socket, besides the service's own origin. A browser
     * sends its page's Origin with the upgrade and the credentials it holds for this site, so without this check any
     * site could act as the logged-in editor (cross-site WebSocket hijacking). Requests without Origin (non-browser
     * clients) are accepted.
     */
    Optional<List<String>> allowedOrigins();

    /** Interval of WebSocket ping frames, which keep idle connections through proxies and reveal dead peers. */
    @WithDefault("30s")
    Duration pingInterval();
}
