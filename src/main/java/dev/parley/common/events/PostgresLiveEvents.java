package dev.parley.common.events;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.parley.common.events.Writes.WrittenElsewhere;
import dev.parley.common.events.Writes.WrittenHere;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Live events across every instance sharing one PostgreSQL database. A committed change goes to this
 * instance's subscribers at once, as on H2, and is announced with NOTIFY (instance, type and record id);
 * the other instances LISTEN, reload the record and hand the event to their own subscribers. An
 * in-memory bus alone would reach only the instance that took the write. Every write is announced on a second
 * channel too, so that the other instances stop serving cached answers that may predate it.
 */
@IfBuildProfile("pg")
@ApplicationScoped
public class PostgresLiveEvents implements LiveEvents {

    static final String CHANNEL = "parley_live_events";
    /** Any write, so that the other instances drop their cached answers (common/responsecache). */
    static final String WRITES_CHANNEL = "parley_writes";
    private static final int POLL_MILLIS = 250;

    @Inject
    @Any
    Instance<LiveEventType<?>> eventTypes;

    @Inject
    Event<WrittenElsewhere> writtenElsewhere;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private final InProcessLiveEvents local = new InProcessLiveEvents();
    private final String instance = UUID.randomUUID().toString();
    private Map<String, LiveEventType<?>> typesByName;
    private Connection notifier;
    private volatile boolean listening;
    private Thread listener;

    void start(@Observes StartupEvent startup) {
        typesByName = eventTypes.stream().collect(Collectors.toMap(t -> t.type().getSimpleName(), Function.identity()));
        listening = true;
        listener = new Thread(this::listen, "parley-live-events");
        listener.setDaemon(true);
        listener.start();
        Log.infof("Live events shared through PostgreSQL LISTEN/NOTIFY (channel %s, types %s)", CHANNEL, typesByName.keySet());
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        listening = false;
        listener.join(2 * POLL_MILLIS);
        closeQuietly(notifier);
    }

    /** Called after the writing transaction committed; NOTIFY on a connection of its own, outside any transaction. */
    @Override
    public void publish(LiveEvent event) {
        local.publish(event);
        send(CHANNEL, payloadOf(event));
    }

    void announceWrite(@Observes WrittenHere written) {
        send(WRITES_CHANNEL, instance);
    }

    private synchronized void send(String channel, String payload) {
        for (int attempt = 1; attempt <= 2; attempt++) {
            try {
                if (notifier == null || notifier.isClosed()) {
                    notifier = DriverManager.getConnection(url, user.orElse(null), password.orElse(null));
                }
                try (PreparedStatement notify = notifier.prepareStatement("select pg_notify(?, ?)")) {
                    notify.setString(1, channel);
                    notify.setString(2, payload);
                    notify.execute();
                }
                return;
            } catch (SQLException e) {
                closeQuietly(notifier);
                notifier = null;
                if (attempt == 2) {
                    Log.errorf(e, "Notification %s on %s not sent", payload, channel);
                }
            }
        }
    }

    @Override
    public <E extends LiveEvent> Multi<E> stream(Class<E> type) {
        return local.stream(type);
    }

    @Override
    public int subscribers() {
        return local.subscribers();
    }

    private void listen() {
        while (listening) {
            try (Connection connection = DriverManager.getConnection(url, user.orElse(null), password.orElse(null));
                    Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
                statement.execute("LISTEN " + WRITES_CHANNEL);
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (listening) {
                    PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            if (WRITES_CHANNEL.equals(notification.getName())) {
                                if (!instance.equals(notification.getParameter())) {
                                    writtenElsewhere.fire(new WrittenElsewhere());
                                }
                            } else {
                                deliver(notification.getParameter());
                            }
                        }
                    }
                }
            } catch (SQLException e) {
                Log.warnf("Listening for live events failed (%s); reconnecting", e.getMessage());
                sleep(1000);
            }
        }
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private String payloadOf(LiveEvent event) {
        LiveEventType type = typesByName.get(event.getClass().getSimpleName());
        return instance + ":" + event.getClass().getSimpleName() + ":" + type.recordId(event);
    }

    private void deliver(String payload) {
        try {
            String[] parts = payload.split(":", 3);
            if (instance.equals(parts[0])) {
                return; // this instance's own subscribers already have it
            }
            LiveEventType<?> type = typesByName.get(parts[1]);
            long id = Long.parseLong(parts[2]);
            LiveEvent event = QuarkusTransaction.requiringNew().call(() -> type.reload(id));
            Log.debugf("Live event %s delivered: %s", payload, event);
            if (event != null) {
                local.publish(event);
            }
        } catch (RuntimeException e) {
            Log.errorf(e, "Live event %s not delivered", payload);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // closing a broken connection
        }
    }
}
