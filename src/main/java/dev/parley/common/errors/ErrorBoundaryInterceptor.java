package dev.parley.common.errors;

import java.util.concurrent.CompletionStage;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Runs outside the transaction interceptor, so failures of the commit itself are caught too. */
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
            throw Failures.forClient(failure);
        }
        if (result instanceof CompletionStage<?> stage) {
            return stage.exceptionallyCompose(failure -> java.util.concurrent.CompletableFuture.failedStage(
                    Failures.forClient(failure instanceof java.util.concurrent.CompletionException c && c.getCause() != null
                            ? c.getCause() : failure)));
        }
        return result;
    }
}
