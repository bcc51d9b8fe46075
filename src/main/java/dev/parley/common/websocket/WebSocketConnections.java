package dev.parley.common.websocket;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.parley.common.events.LiveEvents;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The open GraphQL WebSocket connections of this instance: counted for /q/metrics (parley_websocket_connections,
 * parley_websocket_operations, parley_live_events_subscribers), and closed with 1001 (going away) when the service
 * starts shutting down. An open WebSocket is an HTTP request that never ends, so without this a SIGTERM would wait
 * for the whole shutdown timeout.
 */
@ApplicationScoped
public class WebSocketConnections {

    @Inject
    MeterRegistry registry;

    @Inject
    LiveEvents liveEvents;

    private final Set<GraphQLWebSocket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean accepting = true;

    void registerGauges(@Observes StartupEvent startup) {
        Gauge.builder("parley.websocket.connections", this, WebSocketConnections::connections)
                .description("Open GraphQL WebSocket connections").register(registry);
        Gauge.builder("parley.websocket.operations", this, WebSocketConnections::operations)
                .description("Operations open on GraphQL WebSocket connections: subscriptions and unanswered queries")
                .register(registry);
        Gauge.builder("parley.live-events.subscribers", liveEvents, LiveEvents::subscribers)
                .description("Live event streams subscribed: one per running subscription").register(registry);
    }

    public int connections() {
        return open.size();
    }

    public int operations() {
        return open.stream().mapToInt(GraphQLWebSocket::openOperations).sum();
    }

    boolean accepting() {
        return accepting;
    }

    void add(GraphQLWebSocket connection) {
        open.add(connection);
    }

    void remove(GraphQLWebSocket connection) {
        open.remove(connection);
    }

    /** SIGTERM: readiness goes down for the shutdown delay; clients are told now, so they reconnect elsewhere. */
    void shutdownStarted(@Observes ShutdownDelayInitiatedEvent shutdown) {
        goAway();
    }

    /** Without a shutdown delay (quarkus.shutdown.delay-enabled=false) the event above never comes. */
    void stopped(@Observes ShutdownEvent shutdown) {
        goAway();
    }

    void goAway() {
        accepting = false;
        if (!open.isEmpty()) {
            Log.infof("Closing %d GraphQL WebSocket connections (1001 going away)", open.size());
        }
        open.forEach(connection -> connection.close(1001, "Server shutting down"));
    }
}
