package dev.parley.common.http;

import java.util.regex.Pattern;

import dev.parley.common.responsecache.ResponseCacheRoute;
import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import io.quarkus.logging.Log;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLAbstractHandler;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParsingException;

/**
 * Runs a POST /graphql (a GET arrives here as its POST, see {@link GraphQLRequestGuard}) and writes the answer as
 * bytes with {@link AnswerJson}, instead of SmallRye's handler, which copies the answer into a JSON-P tree, a String
 * and then bytes. The engine is SmallRye's, called as Quarkus's own handler calls it: {@code ExecutionService
 * .executeAsync} with an {@link ExecutionResponseWriter}; the request context, the caller's identity and the
 * current request are set up by Quarkus's {@link SmallRyeGraphQLAbstractHandler}, extended here. What SmallRye's
 * writer does besides serialising is kept: status 200 (500 with no body when an aborted execution still produced
 * data), new lines and tabs in the body read as spaces. The bytes go to the response cache as they are
 * ({@link ResponseCacheRoute#answered}): one serialisation per answer.
 * <p>
 * Installed by {@link GraphQLExecutionRoute}; GraphQLExecutionTest fails if SmallRye's handler answers instead.
 */
final class GraphQLExecution extends SmallRyeGraphQLAbstractHandler {

    /** Set on the request this handler answered: the start-up check and its test read it. */
    static final String ANSWERED = GraphQLExecution.class.getName();

    private static final Pattern NEW_LINE_OR_TAB = Pattern.compile("[\\n\\t]");

    GraphQLExecution(CurrentIdentityAssociation identity, CurrentVertxRequest currentRequest) {
        super(identity, currentRequest, true); // the route is blocking: quarkus.smallrye-graphql.nonblocking.enabled=false
    }

    @Override
    protected void doHandle(RoutingContext context) {
        JsonObject request;
        try {
            request = requestOf(context);
        } catch (JsonParsingException e) {
            HttpRefusal.badRequest("The request body is not a JSON object").send(context, ResponseMediaType.JSON);
            return;
        }
        context.put(ANSWERED, Boolean.TRUE);
        // GraphQLRequestGuard puts the negotiated media type in place of any JSON one just before the headers go out
        context.response().putHeader(HttpHeaders.CONTENT_TYPE, ResponseMediaType.JSON.contentType());
        getExecutionService().executeAsync(request, getMetaData(context), new Writer(context));
    }

    /** The request as SmallRye's handler reads it; the guard has already refused what is not well-formed. */
    private JsonObject requestOf(RoutingContext context) {
        String body = context.body().asString();
        body = body == null ? "" : withoutNewLinesAndTabs(body);
        String contentType = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && contentType.startsWith("application/graphql")) {
            return Json.createObjectBuilder().add("query", body).build();
        }
        return inputToJsonObject(body);
    }

    /** SmallRye reads raw new lines and tabs as spaces (also inside an application/graphql document), so does this. */
    private static String withoutNewLinesAndTabs(String body) {
        return body.indexOf('\n') < 0 && body.indexOf('\t') < 0 ? body : NEW_LINE_OR_TAB.matcher(body).replaceAll(" ");
    }

    private static final class Writer implements ExecutionResponseWriter {

        private final RoutingContext context;

        Writer(RoutingContext context) {
            this.context = context;
        }

        @Override
        public void write(ExecutionResponse response) {
            ExecutionResult result = response.getExecutionResult();
            if (abortedWithData(result)) {
                Log.errorf("Execution aborted: %s", result.getErrors());
                context.response().setStatusCode(500).end();
                return;
            }
            Buffer body = AnswerJson.write(result);
            ResponseCacheRoute.answered(context, body);
            context.response().setStatusCode(200).setStatusMessage("OK").end(body);
        }

        @Override
        public void fail(Throwable failure) {
            context.fail(failure);
        }

        /** SmallRye's rule: data and an ExecutionAborted error together is a failure of the server. */
        private static boolean abortedWithData(ExecutionResult result) {
            if (!result.isDataPresent() || result.getErrors().isEmpty()) {
                return false;
            }
            for (GraphQLError error : result.getErrors()) {
                if (ErrorType.ExecutionAborted.equals(error.getErrorType())) {
                    return true;
                }
            }
            return false;
        }
    }
}
