package dev.parley.graphiql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.LaunchMode;
import io.vertx.ext.web.Router;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * GraphiQL is SmallRye's bundled page, with one fix: its {@code render.js} is served with {@code graphiql/transport.js}
 * in front, so that a subscription goes over the WebSocket however soon after an edit it is run (the page picks the
 * transport from a parse refreshed 100 ms after the last keystroke). The rest is SmallRye's render.js, copied as
 * {@code graphiql/smallrye-render.js} from the version whose page is served (the packaged app does not ship
 * SmallRye's jar), with the two paths Quarkus writes into it at build time. GraphiQLPageTest fails when SmallRye's
 * page changes version; GraphiQLBrowserIT runs the page in Chromium.
 */
@ApplicationScoped
public class GraphiQLTransport {

    /** SmallRye's page script, as its jar ships it: the version GraphiQLPageTest names. */
    static final String SMALLRYE_RENDER_JS = "graphiql/smallrye-render.js";
    private static final String API_LINE = "const api = '/graphql';";
    private static final String LOGO_LINE = "const logo = '/graphql-ui';";

    @ConfigProperty(name = "quarkus.smallrye-graphql.ui.enabled", defaultValue = "true")
    boolean uiEnabled;

    @ConfigProperty(name = "quarkus.smallrye-graphql.ui.always-include", defaultValue = "false")
    boolean uiInPackagedApp;

    @ConfigProperty(name = "quarkus.smallrye-graphql.ui.root-path", defaultValue = "graphql-ui")
    String uiPath;

    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql")
    String apiPath;

    void install(@Observes Router router) {
        if (!uiEnabled || !(uiInPackagedApp || LaunchMode.current().isDevOrTest())) {
            return;
        }
        String script = script();
        // Before SmallRye's static route for the page's files; after the request filters (negative orders below -1)
        router.get(absolute(uiPath) + "/render.js").order(-1).handler(context -> context.response()
                .putHeader("Content-Type", "text/javascript;charset=UTF-8")
                .putHeader("Cache-Control", "no-cache")
                .end(script));
    }

    /** transport.js, then SmallRye's render.js with this service's paths. */
    String script() {
        String render = resource(SMALLRYE_RENDER_JS);
        if (!render.contains(API_LINE) || !render.contains(LOGO_LINE) || !render.contains("GraphiQL.createFetcher(")) {
            throw new IllegalStateException(SMALLRYE_RENDER_JS + " is not SmallRye's render.js as GraphiQLTransport "
                    + "knows it: graphiql/transport.js may no longer apply");
        }
        return resource("graphiql/transport.js")
                + render.replace(API_LINE, "const api = '" + absolute(apiPath) + "';")
                        .replace(LOGO_LINE, "const logo = '" + absolute(uiPath) + "';");
    }

    private static String absolute(String path) {
        return path.startsWith("/") ? path : "/" + path;
    }

    private static String resource(String name) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
