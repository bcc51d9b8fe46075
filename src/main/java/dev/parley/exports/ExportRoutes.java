package dev.parley.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.stream.Collectors;

import dev.parley.imports.Dataset;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Downloads of incidents for newsrooms and analysts: {@code GET /exports/incidents.csv} and
 * {@code GET /exports/incidents.geojson}, with the filter of {@code incidents(filter:)} as query parameters
 * ({@link ExportRequest}), streamed as the rows are read. {@code GET /exports/attribution} gives the attribution
 * texts the exports may carry, which every export links to.
 * <p>
 * A bad parameter is answered 400 before anything is read. Once the body has started the status is sent, so a
 * failure half-way (the database, the client) cuts the connection instead: the chunked body then lacks its last
 * chunk and no client mistakes it for a whole export.
 */
@ApplicationScoped
public class ExportRoutes {

    /** A million incidents take about a minute; the transaction is allowed far longer for slow clients. */
    private static final int TRANSACTION_TIMEOUT_SECONDS = 3600;

    private static final String ATTRIBUTION_LINK = "</exports/attribution>; rel=\"license\"";

    @Inject
    IncidentRows rows;

    private enum Format {
        CSV("text/csv; charset=utf-8; header=present", "incidents.csv"),
        GEOJSON("application/geo+json", "incidents.geojson");

        final String contentType;
        final String fileName;

        Format(String contentType, String fileName) {
            this.contentType = contentType;
            this.fileName = fileName;
        }

        IncidentWriter writer(OutputStream out) throws IOException {
            return this == CSV ? new IncidentCsv(out) : new IncidentGeoJson(out);
        }
    }

    void install(@Observes Router router) {
        router.get("/exports/incidents.csv").blockingHandler(context -> export(context, Format.CSV), false);
        router.get("/exports/incidents.geojson").blockingHandler(context -> export(context, Format.GEOJSON), false);
        router.get("/exports/attribution").handler(this::attribution);
    }

    private void export(RoutingContext context, Format format) {
        ExportRequest request;
        try {
            request = ExportRequest.of(context.queryParams());
        } catch (ExportParameterException e) {
            refuse(context, e);
            return;
        }
        context.response().setChunked(true)
                .putHeader(HttpHeaders.CONTENT_TYPE, format.contentType)
                .putHeader("Content-Disposition", "attachment; filename=\"parley-%s\"".formatted(format.fileName))
                .putHeader("Link", ATTRIBUTION_LINK)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        ResponseStream body = new ResponseStream(context.response());
        try {
            QuarkusTransaction.requiringNew().timeout(TRANSACTION_TIMEOUT_SECONDS).run(() -> {
                try {
                    IncidentWriter writer = format.writer(body);
                    rows.forEach(request.query(), writer::write);
                    writer.finish();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            body.close();
        } catch (RuntimeException | IOException e) {
            Log.warnf("Export %s stopped: %s", format.fileName, e.toString());
            if (body.started()) {
                context.response().reset();
            } else {
                context.response().setChunked(false).headers().remove("Content-Disposition");
                context.response().setStatusCode(500).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                        .end(error("INTERNAL_ERROR", "The export failed; try again", null).encode());
            }
        }
    }

    private void attribution(RoutingContext context) {
        context.response().putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8")
                .end("Incidents Parley imported carry the attribution their licence asks for, in the export's "
                        + "`attribution` column (CSV) or property and collection member (GeoJSON):\n\n"
                        + Arrays.stream(Dataset.values()).map(d -> "- " + d.attribution).collect(Collectors.joining("\n"))
                        + "\n");
    }

    private static void refuse(RoutingContext context, ExportParameterException e) {
        context.response().setStatusCode(400).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(error("INVALID_ARGUMENT", e.getMessage(), e.parameter).encode());
    }

    /** The shape of the GraphQL API's errors, so a client reads both alike. */
    private static JsonObject error(String code, String message, String parameter) {
        JsonObject extensions = new JsonObject().put("code", code);
        if (parameter != null) {
            extensions.put("parameter", parameter);
        }
        return new JsonObject().put("errors", new JsonArray().add(new JsonObject().put("message", message)
                .put("extensions", extensions)));
    }
}
