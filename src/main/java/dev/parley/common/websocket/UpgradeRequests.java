package dev.parley.common.websocket;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import io.quarkus.logging.Log;
import io.quarkus.vertx.http.runtime.filters.QuarkusRequestWrapper;
import io.vertx.core.http.HttpServerRequest;

/**
 * Tells Quarkus that a WebSocket's upgrade request is over once the socket is closed. Quarkus counts a request as in
 * flight until its response ends or its connection closes while it is in progress; a WebSocket handshake completes
 * the response without ending it, and Vert.x then no longer reports the connection's close to it. So every socket
 * ever opened stayed "in flight", and graceful shutdown (GracefulShutdownFilter) waited for all of them until
 * quarkus.shutdown.timeout. Quarkus has no public way to end such a request: QuarkusRequestWrapper.done() is
 * package-private, so it is called reflectively. The method is looked up at start-up (the app does not start
 * without it), and WebSocketShutdownIT fails if SIGTERM waits again.
 */
final class UpgradeRequests {

    private static final Method DONE = lookUpDone();

    private UpgradeRequests() {
    }

    /** At start-up: a Quarkus upgrade that renames the method must not go unnoticed. */
    static void check() {
        if (DONE == null) {
            throw new IllegalStateException("QuarkusRequestWrapper.done() is gone: WebSocket upgrade requests would "
                    + "hold up graceful shutdown until its timeout (see common/websocket/UpgradeRequests)");
        }
    }

    /** What ends the given upgrade request for Quarkus; call it once the socket is closed. */
    static Runnable doneAction(HttpServerRequest upgrade) {
        QuarkusRequestWrapper wrapper = QuarkusRequestWrapper.get(upgrade);
        return () -> {
            try {
                DONE.invoke(wrapper);
            } catch (IllegalAccessException | InvocationTargetException e) {
                Log.warnf("Could not end a WebSocket's upgrade request: %s", e.toString());
            }
        };
    }

    private static Method lookUpDone() {
        try {
            Method done = QuarkusRequestWrapper.class.getDeclaredMethod("done");
            done.setAccessible(true);
            return done;
        } catch (NoSuchMethodException | RuntimeException e) {
            return null;
        }
    }
}
