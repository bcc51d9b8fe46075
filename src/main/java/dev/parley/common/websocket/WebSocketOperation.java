package dev.parley.common.websocket;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import graphql.ExecutionResult;
import dev.parley.common.limits.DocumentParser;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext.ContextState;
import io.quarkus.arc.ManagedContext;
import io.quarkus.logging.Log;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * One operation, from subscribe to its end. It runs with a request context of its own, which the resolvers of a
 * subscription's events reactivate (SmallRye's "state"), and which is destroyed once the operation has ended and
 * no worker thread is inside it any more.
 */
final class WebSocketOperation implements ExecutionResponseWriter, Subscriber<ExecutionResult> {

    private final String id;
    private final GraphQLWebSocket connection;
    private final AtomicBoolean finished = new AtomicBoolean();
    private final AtomicBoolean stateDestroyed = new AtomicBoolean();
    private volatile boolean running;
    private volatile Subscription subscription;
    private volatile ContextState state;
    private final ManagedContext requestContext = Arc.container().requestContext();

    WebSocketOperation(String id, GraphQLWebSocket connection) {
        this.id = id;
        this.connection = connection;
    }

    /** On a worker thread. */
    void run(JsonObject request) {
        if (finished.get()) {
            return;
        }
        running = true;
        requestContext.activate();
        try {
            state = requestContext.getState();
            Arc.container().instance(CurrentIdentityAssociation.class).get().setIdentity(connection.identity());
            try {
                Arc.container().instance(DocumentParser.class).get().parse(request.getString("query"));
            } catch (DocumentParser.Unparsable e) {
                // SmallRye would answer "Unparseable input document" without a code
                fail(e.getMessage(), "GRAPHQL_PARSE_FAILED");
                return;
            }
            Map<String, Object> metaData = new ConcurrentHashMap<>();
            metaData.put("runBlocking", true);
            metaData.put("httpHeaders", connection.requestHeaders());
            metaData.put("state", state);
            connection.executionService().executeAsync(request, metaData, this);
        } catch (RuntimeException e) {
            fail(e);
        } finally {
            SmallRyeContextManager.clearCurrentSmallRyeContext();
            requestContext.deactivate();
            running = false;
            if (finished.get()) {
                destroyState();
            }
        }
    }

    /** The result of the execution: a query's or mutation's answer, or the stream of a subscription. */
    @Override
    public void write(ExecutionResponse response) {
        ExecutionResult result = response.getExecutionResult();
        if (!result.isDataPresent()) {
            // the document did not parse or validate, or a variable did not coerce: no execution happened
            JsonArray errors = response.getExecutionResultAsJsonObject().getJsonArray("errors");
            if (finish()) {
                connection.send(Json.createObjectBuilder().add("id", id).add("type", "error").add("payload", errors));
            }
        } else if (result.getData() instanceof Publisher<?> stream) {
            @SuppressWarnings("unchecked")
            Publisher<ExecutionResult> events = (Publisher<ExecutionResult>) stream;
            events.subscribe(this);
        } else if (!finished.get()) {
            connection.send(next(response));
            if (finish()) {
                connection.send(complete());
            }
        }
    }

    @Override
    public void fail(Throwable failure) {
        if (finished.get() || connection.isClosed()) {
            // the client is gone (or the service is stopping under it): there is no one to tell
            Log.debugf("WebSocket operation %s ended after its connection: %s", id, failure.toString());
            finish();
            return;
        }
        String reference = UUID.randomUUID().toString();
        Log.errorf(failure, "WebSocket operation failed (reference %s)", reference);
        fail("Internal error, reference " + reference, "INTERNAL_ERROR");
    }

    void fail(String message, String code) {
        if (finish()) {
            connection.sendError(id, code, message);
        }
    }

    @Override
    public void onSubscribe(Subscription s) {
        subscription = s;
        if (finished.get()) {
            s.cancel();
        } else {
            s.request(1);
        }
    }

    /** One event's result; the next is requested once this one is written, so a slow client is not flooded. */
    @Override
    public void onNext(ExecutionResult event) {
        if (finished.get() || connection.isClosed()) {
            return;
        }
        connection.write(next(new ExecutionResponse(event))).onComplete(written -> {
            if (written.succeeded() && !finished.get()) {
                subscription.request(1);
            }
        });
    }

    @Override
    public void onError(Throwable failure) {
        fail(failure);
    }

    @Override
    public void onComplete() {
        if (finish()) {
            connection.send(complete());
        }
    }

    /** The client completed it, or the connection ended: nothing more is sent for it. */
    void cancel() {
        finish();
    }

    /** True for the one caller that ends the operation. */
    private boolean finish() {
        if (!finished.compareAndSet(false, true)) {
            return false;
        }
        connection.forget(id, this);
        Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
        if (!running) {
            destroyState();
        }
        return true;
    }

    private void destroyState() {
        ContextState current = state;
        if (current != null && stateDestroyed.compareAndSet(false, true)) {
            try {
                requestContext.destroy(current);
            } catch (RuntimeException e) {
                Log.debugf("Request context of WebSocket operation %s not destroyed: %s", id, e.toString());
            }
        }
    }

    private JsonObjectBuilder next(ExecutionResponse response) {
        return Json.createObjectBuilder().add("id", id).add("type", "next")
                .add("payload", response.getExecutionResultAsJsonObject());
    }

    private JsonObjectBuilder complete() {
        return Json.createObjectBuilder().add("id", id).add("type", "complete");
    }
}
