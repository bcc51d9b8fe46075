package dev.parley.durability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** The packaged service (target/quarkus-app) as a separate process on a file database, as in production. */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final int port;
    /** The management interface's port: health and metrics. */
    final int managementPort;
    private final Process process;

    private ServiceProcess(int port, int managementPort, Process process) {
        this.port = port;
        this.managementPort = managementPort;
        this.process = process;
    }

    public static ServiceProcess start(Path workDir, Path databaseDir, String... extraProperties) throws Exception {
        int port = freePort();
        int managementPort = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.management.port=" + managementPort,
                "-Dquarkus.shutdown.delay=0s"));
        // The PostgreSQL build (-Dquarkus.profile=pg) runs on the server of PARLEY_DB_URL; the default one on an H2 file
        command.add(onPostgres() ? "-Dquarkus.profile=pg"
                : "-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + databaseDir.resolve("parley") + ";WRITE_DELAY=0");
        command.addAll(List.of(extraProperties));
        command.addAll(List.of("-jar", jar().toString()));
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve("service.log").toFile()))
                .start();
        ServiceProcess service = new ServiceProcess(port, managementPort, process);
        service.awaitReady();
        return service;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static boolean onPostgres() {
        return "pg".equals(System.getProperty("parley.it.db"));
    }

    /** The packaged app has no user; an editor is given to it the way an operator would, as files beside it. */
    public static void writeEditor(Path workDir, String user, String password) throws Exception {
        byte[] digest = java.security.MessageDigest.getInstance("MD5")
                .digest((user + ":Parley:" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String hash = String.format("%032x", new java.math.BigInteger(1, digest));
        java.nio.file.Files.writeString(workDir.resolve("editors.properties"), user + "=" + hash + "\n");
        java.nio.file.Files.writeString(workDir.resolve("editor-roles.properties"), user + "=editor\n");
    }

    static Path jar() {
        return Path.of(System.getProperty("parley.jar", "target/quarkus-app/quarkus-run.jar")).toAbsolutePath();
    }

    private void awaitReady() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service exited with " + process.exitValue() + "; see service.log");
            }
            try {
                HttpResponse<Void> ready = HTTP.send(HttpRequest.newBuilder(managementUri("/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The service did not become ready within 90 s");
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public URI managementUri(String path) {
        return URI.create("http://127.0.0.1:" + managementPort + path);
    }

    /** The {@code data} of a GraphQL answer; fails the test on a non-200 answer or one with {@code errors}. */
    static JsonObject data(HttpResponse<String> response) {
        JsonObject body = Json.createReader(new java.io.StringReader(response.body())).readObject();
        if (response.statusCode() != 200 || body.containsKey("errors")) {
            throw new AssertionError("Request failed: " + response.statusCode() + " " + response.body());
        }
        return body.getJsonObject("data");
    }

    /** A GraphQL request body: the document and its variables. */
    @SuppressWarnings("unchecked")
    static String json(String document, Map<String, ?> variables) {
        return Json.createObjectBuilder().add("query", document)
                .add("variables", Json.createObjectBuilder((Map<String, Object>) variables)).build().toString();
    }

    HttpResponse<String> post(String json, String basicAuth) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/graphql")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (basicAuth != null) {
            request.header("Authorization", "Basic " + basicAuth);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** SIGTERM, as an orchestrator stops a container; how long the service took to exit (at most the given wait). */
    Duration terminate(Duration wait) throws InterruptedException {
        long start = System.nanoTime();
        process.destroy();
        if (!process.waitFor(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            kill();
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
