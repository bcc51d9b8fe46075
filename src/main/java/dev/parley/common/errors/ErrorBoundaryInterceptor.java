package dev.parley.common.errors;

import java.util.concurrent.CompletionStage;

import dev.parley.common.engine.ReadOnlyRequestTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Runs outside the transaction interceptor, so failures of the commit itself are caught too. Failures that come
 * later, from a returned stage or stream (a subscription's Multi), are mapped the same way.
 */
@ErrorBoundary
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class ErrorBoundaryInterceptor {

    @AroundInvoke
    Object guard(InvocationContext invocation) throws Exception {
        Object result;
        try {
            result = invocation.proceed();
        } catch (Exception failure) {
            ReadOnlyRequestTransaction.renewIfAborted();
            throw Failures.forClient(failure);
        }
        if (result instanceof Multi<?> stream) {
            return stream.onFailure().transform(Failures::forClient);
        }
        if (result instanceof Uni<?> single) {
            return single.onFailure().transform(Failures::forClient);
        }
        if (result instanceof CompletionStage<?> stage) {
            return stage.exceptionallyCompose(failure -> java.util.concurrent.CompletableFuture.failedStage(
                    Failures.forClient(failure instanceof java.util.concurrent.CompletionException c && c.getCause() != null
                            ? c.getCause() : failure)));
        }
        return result;
    }
}
