package dev.parley.imports;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * {@code POST /imports/ucdp-ged}, {@code /imports/acled}, {@code /imports/acled-deletions}: the file is the request
 * body, read while it arrives (never held whole), by editors only. The answer comes when the import ends: the job's
 * report. Meanwhile the job's progress is the GraphQL query importJob(id) and the subscription importJobProgress.
 * <p>
 * The route runs after Quarkus's authentication (route order -200) and before its check of
 * quarkus.http.limits.max-body-size (-2), which is meant for GraphQL documents, not for datasets.
 */
@ApplicationScoped
public class ImportRoutes {

    private static final int BEFORE_AUTHENTICATION = -300;
    private static final int AFTER_AUTHENTICATION_BEFORE_BODY_LIMIT = -50;
    static final String EDITOR = "editor";
    private static final int REJECTIONS_IN_ANSWER = 100;

    @Inject
    ImportRunner runner;

    @Inject
    ImportReports reports;

    @Inject
    Vertx vertx;

    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService workers = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "parley-import-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    void install(@Observes Router router) {
        // Hold the body until the import reads it: authentication is asynchronous, and what arrives meanwhile
        // with no handler set would be dropped.
        router.post("/imports/*").order(BEFORE_AUTHENTICATION).handler(context -> {
            context.request().pause();
            context.next();
        });
        router.post("/imports/:format").order(AFTER_AUTHENTICATION_BEFORE_BODY_LIMIT).handler(this::start);
        router.route("/imports/*").order(AFTER_AUTHENTICATION_BEFORE_BODY_LIMIT).handler(context -> {
            context.response().putHeader(HttpHeaders.ALLOW, "POST");
            refuse(context, 405, "METHOD_NOT_ALLOWED", "Imports are started with POST, the file as the body");
        });
    }

    void stop(@Observes ShutdownEvent event) {
        workers.shutdownNow();
    }

    private void start(RoutingContext context) {
        ImportFormat format = ImportFormat.byPath(context.pathParam("format")).orElse(null);
        if (format == null) {
            refuse(context, 400, "IMPORT_FORMAT_UNKNOWN", "No import of that kind; there are " + ImportFormat.paths());
            return;
        }
        SecurityIdentity identity = context.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
        if (identity == null || identity.isAnonymous()) {
            context.response().putHeader("WWW-Authenticate", "Basic realm=\"Parley\"");
            refuse(context, 401, "UNAUTHORIZED", "Imports are for editors: log in (HTTP Basic or a bearer token)");
            return;
        }
        if (!identity.hasRole(EDITOR)) {
            refuse(context, 403, "FORBIDDEN", "Imports are for editors; %s is not one".formatted(identity.getPrincipal().getName()));
            return;
        }
        RequestBodyStream body = new RequestBodyStream(context.request(), vertx.getOrCreateContext());
        Long length = contentLength(context);
        String fileName = context.queryParams().get("name");
        String editor = identity.getPrincipal().getName();
        workers.execute(() -> {
            try {
                ImportJob job = runner.run(format, body, length, editor, fileName);
                context.response().setStatusCode(status(job))
                        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                        .end(answer(job).encode());
            } catch (ImportRefused refused) {
                context.response().putHeader(HttpHeaders.CONNECTION, "close");
                refuse(context, 400, refused.code, refused.getMessage());
            } catch (Exception e) {
                Log.error("Import could not start", e);
                refuse(context, 500, "INTERNAL_ERROR", "The import could not start; see the log");
            }
        });
    }

    /** The report: the job (as the GraphQL type ImportJob) and the first rejected rows, by line. */
    private JsonObject answer(ImportJob job) {
        List<ImportRejection> rejected = reports.rejections(job.id, REJECTIONS_IN_ANSWER);
        JsonArray rejections = new JsonArray();
        rejected.forEach(r -> rejections.add(new JsonObject().put("line", r.line).put("reason", r.reason)));
        JsonObject answer = new JsonObject()
                .put("id", job.id.toString()).put("format", job.format.name()).put("status", job.status.name())
                .put("startedBy", job.startedBy).put("startedAt", job.startedAt.toString())
                .put("finishedAt", job.finishedAt == null ? null : job.finishedAt.toString())
                .put("rowsRead", job.rowsRead).put("rowsWritten", job.rowsWritten).put("rowsRevised", job.rowsRevised)
                .put("rowsUnchanged", job.rowsUnchanged).put("rowsRetracted", job.rowsRetracted)
                .put("rowsRejected", job.rowsRejected).put("rowsPerSecond", job.getRowsPerSecond())
                .put("failure", job.failure).put("rejections", rejections);
        if (job.failureCode != null) {
            answer.put("errors", new JsonArray().add(new JsonObject().put("message", job.failure)
                    .put("extensions", new JsonObject().put("code", job.failureCode))));
        }
        return answer;
    }

    private static int status(ImportJob job) {
        if (job.status == ImportJobStatus.COMPLETED) {
            return 200;
        }
        return "INTERNAL_ERROR".equals(job.failureCode) ? 500 : 400;
    }

    private static Long contentLength(RoutingContext context) {
        try {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            return length == null ? null : Long.valueOf(length.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void refuse(RoutingContext context, int status, String code, String message) {
        if (context.response().ended()) {
            return;
        }
        JsonObject error = new JsonObject().put("message", message).put("extensions", new JsonObject().put("code", code));
        context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }
}
