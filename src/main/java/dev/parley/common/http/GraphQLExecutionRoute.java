package dev.parley.common.http;

import io.quarkus.logging.Log;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Puts {@link GraphQLExecution} on POST /graphql after the guard (-100) and the response cache (-90), in front of
 * SmallRye's handler, which then answers only what this does not take (the WebSocket upgrade on GET). It mirrors the
 * SmallRye handler Parley configures; the start-up check refuses a configuration it does not mirror instead of
 * answering differently: a blocking route (nonblocking off), no POST query parameters, the endpoint at /graphql.
 */
@ApplicationScoped
public class GraphQLExecutionRoute {

    @ConfigProperty(name = "quarkus.smallrye-graphql.nonblocking.enabled", defaultValue = "true")
    boolean nonBlocking;

    @ConfigProperty(name = "quarkus.smallrye-graphql.http.post.queryparameters.enabled", defaultValue = "false")
    boolean postQueryParameters;

    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql")
    String rootPath;

    @Inject
    Instance<CurrentIdentityAssociation> identity;

    @Inject
    CurrentVertxRequest currentRequest;

    void install(@Observes Router router) {
        checkMirrored();
        GraphQLExecution execution = new GraphQLExecution(identity.isResolvable() ? identity.get() : null, currentRequest);
        router.post("/graphql").order(-80).blockingHandler(execution, false);
        if (!AnswerJson.streams()) {
            Log.warn("quarkus.smallrye-graphql.exclude-null-fields-in-responses is on: /graphql answers are serialised by "
                    + "SmallRye's JSON-P tree, not streamed");
        }
    }

    void checkMirrored() {
        if (nonBlocking || postQueryParameters || !rootPath.replaceAll("^/+|/+$", "").equals("graphql")) {
            throw new IllegalStateException("GraphQLExecution answers POST /graphql as SmallRye's handler would with "
                    + "quarkus.smallrye-graphql.nonblocking.enabled=false, http.post.queryparameters.enabled=false and "
                    + "root-path=/graphql; this configuration differs (nonblocking=%s, post query parameters=%s, root path=%s)"
                            .formatted(nonBlocking, postQueryParameters, rootPath));
        }
    }
}
