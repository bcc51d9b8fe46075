package dev.parley.common.errors;

import java.util.UUID;

import io.quarkus.logging.Log;
import io.smallrye.graphql.api.ErrorCode;
import jakarta.validation.ConstraintViolationException;

/**
 * Decides what of a failure reaches the client. Domain errors (annotated with {@link ErrorCode}),
 * validation and security failures keep their message; anything else is logged with a fresh reference
 * and replaced, so no class name, SQL or stack trace leaks.
 */
public final class Failures {

    private Failures() {
    }

    public static RuntimeException forClient(Throwable failure) {
        if (isMeantForClients(failure)) {
            return failure instanceof RuntimeException runtime ? runtime : new RuntimeException(failure);
        }
        String reference = UUID.randomUUID().toString();
        Log.errorf(failure, "Unexpected failure, reference %s", reference);
        return new InternalErrorException(reference);
    }

    private static boolean isMeantForClients(Throwable failure) {
        if (failure instanceof ConstraintViolationException || failure instanceof graphql.GraphQLException) {
            return true;
        }
        for (Class<?> type = failure.getClass(); type != null; type = type.getSuperclass()) {
            if (type.isAnnotationPresent(ErrorCode.class) || type.getName().startsWith("io.quarkus.security.")) {
                return true;
            }
        }
        return false;
    }
}
