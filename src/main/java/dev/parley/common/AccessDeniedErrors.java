package dev.parley.common;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Wraps Quarkus' {@code @RolesAllowed} check (priority 150) so a refused caller gets an error like any other
 * domain error: Quarkus' exceptions carry no message and would reach clients as codes derived from class names.
 */
@RolesAllowed("")
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class AccessDeniedErrors {

    @AroundInvoke
    Object translate(InvocationContext context) throws Exception {
        try {
            return context.proceed();
        } catch (UnauthorizedException e) {
            throw new NotAuthenticatedException();
        } catch (ForbiddenException e) {
            throw new NotAllowedException();
        }
    }
}
