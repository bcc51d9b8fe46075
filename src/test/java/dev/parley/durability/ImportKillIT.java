package dev.parley.durability;

import static dev.parley.durability.ServiceProcess.data;
import static dev.parley.durability.ServiceProcess.json;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThan;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: "killing the app during a large import and importing again ends with every row exactly once". Streams
 * a generated ACLED file to the packaged service, kills it with SIGKILL once the job reports rows written, restarts
 * it on the same database, imports the same file again, and then reads the database itself: every event once, each
 * with its place, its sources and its one casualty report, and both jobs' counters true to it.
 */
class ImportKillIT {

    private static final String USER = "importer";
    private static final String PASSWORD = "kill-9-mid-import";
    private static final int ROWS = 6_000;
    private static final String HEADER = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,"
            + "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,"
            + "admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static final String JOBS = """
            query { importJobs(first: 20) { id fileName status rowsRead rowsWritten } }
            """;

    private static final String JOB = """
            query($id: ID!) {
              importJob(id: $id) {
                status rowsRead rowsWritten rowsRevised rowsUnchanged rowsRetracted rowsRejected failure finishedAt
              }
            }
            """;

    @Test
    void importingAgainAfterSigkillEndsWithEveryRowExactlyOnce() throws Exception {
        Path work = Files.createTempDirectory("parley-import-kill");
        Path database = work.resolve("data");
        ServiceProcess.writeEditor(work, USER, PASSWORD);
        // On PostgreSQL the database outlives the test: this run's events and jobs are told apart by this prefix
        String run = "KILL" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Path file = work.resolve(run + ".csv");
        Map<String, Integer> fatalities = writeAcledFile(file, run);

        String killedJobId;
        JsonObject atKill;
        try (ServiceProcess service = ServiceProcess.start(work, database)) {
            CompletableFuture<HttpResponse<String>> upload = upload(service, file);
            atKill = awaitRowsWritten(service, file.getFileName().toString(), upload);
            service.kill();
            killedJobId = atKill.getString("id");
            upload.handle((answer, connectionLost) -> null).join();
        }

        JsonObject killed;
        JsonObject again;
        // The orphan is marked at start-up; on PostgreSQL only after a margin (another instance may be importing), so 0s here
        try (ServiceProcess restarted = ServiceProcess.start(work, database, "-Dparley.imports.running-job-stale-after=0s")) {
            killed = job(restarted, killedJobId);
            HttpResponse<String> answer = upload(restarted, file).join();
            assertThat(answer.body(), answer.statusCode(), equalTo(200));
            again = job(restarted, Json.createReader(new java.io.StringReader(answer.body())).readObject().get("id").toString()
                    .replace("\"", ""));
        }

        System.out.printf("Import kill: SIGKILL when the job showed %d rows read, %d written; the killed job kept %d read, "
                + "%d written (%s); the second import wrote %d, found %d unchanged%n", atKill.getInt("rowsRead"),
                atKill.getInt("rowsWritten"), killed.getInt("rowsRead"), killed.getInt("rowsWritten"), killed.getString("status"),
                again.getInt("rowsWritten"), again.getInt("rowsUnchanged"));

        assertThat("the killed job", killed.getString("status"), equalTo("INTERRUPTED"));
        assertThat(killed.toString(), killed.get("finishedAt").getValueType(), equalTo(jakarta.json.JsonValue.ValueType.STRING));
        assertThat("killed before the end of the file", killed.getInt("rowsRead"), allOf(greaterThan(0), lessThan(ROWS)));
        assertThat("the second job", again.getString("status"), equalTo("COMPLETED"));
        assertThat(again.getInt("rowsRead"), equalTo(ROWS));
        assertThat(again.getInt("rowsRejected") + again.getInt("rowsRevised") + again.getInt("rowsRetracted"), equalTo(0));
        assertThat("written + unchanged = rows", again.getInt("rowsWritten") + again.getInt("rowsUnchanged"), equalTo(ROWS));
        // the killed job's counters were committed with its rows: what it says it wrote is exactly what the second found
        assertThat(again.getInt("rowsUnchanged"), equalTo(killed.getInt("rowsWritten")));

        try (Connection db = connect(database)) {
            assertThat("incidents, distinct event ids", counts(db, run), equalTo(Map.of("incidents", ROWS, "eventIds", ROWS)));
            assertThat("events whose casualty reports are not exactly one with the file's toll",
                    casualtyMismatches(db, run, fatalities), anEmptyMap());
            assertThat("incidents without their place", single(db, """
                    select count(*) from incident i left join place p on p.id = i.place_id
                    where i.external_dataset = 'ACLED' and i.external_id like ? and (p.id is null or p.name is null
                    or p.country <> 'Testland' or p.latitude is null)""", run), equalTo(0));
            assertThat("incidents without both sources (the dataset and the outlet)", single(db, """
                    select count(*) from incident i
                    where i.external_dataset = 'ACLED' and i.external_id like ?
                    and (select count(*) from incident_source s where s.incident_id = i.id) <> 2""", run), equalTo(0));
        }
    }

    /** ACLED's export layout (see src/test/resources/imports/acled-events.csv); the toll varies, 0 included. */
    private static Map<String, Integer> writeAcledFile(Path file, String run) throws IOException {
        Map<String, Integer> fatalities = new HashMap<>();
        LocalDate first = LocalDate.of(2023, 1, 1);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (int i = 0; i < ROWS; i++) {
                String id = run + "-" + i;
                int killed = i % 7;
                fatalities.put(id, killed);
                out.write(String.join(",", id, first.plusDays(i % 365).toString(), "2023", "1", "Political violence",
                        "Battles", "Armed clash", "Kill Test Forces of Northland", "", "1", "Kill Test Front", "", "2", "12",
                        "", "999", "Testland", "Testland", "Oblast " + i % 10, "", "", "Site " + i,
                        String.format(java.util.Locale.ROOT, "%.4f", 47 + i % 1000 / 1000.0), "37.5", "1", "Kill Wire", "National",
                        "\"Synthetic event " + i + ", not ACLED data\"", Integer.toString(killed), "", "1680000000"));
                out.write('\n');
            }
        }
        return fatalities;
    }

    private static CompletableFuture<HttpResponse<String>> upload(ServiceProcess service, Path file) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(service.uri("/imports/acled?name=" + file.getFileName()))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", "Basic " + auth())
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofFile(file))
                .build();
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Polls until the job has committed at least one chunk; fails if the import ended first (make ROWS larger). */
    private static JsonObject awaitRowsWritten(ServiceProcess service, String fileName, CompletableFuture<?> upload)
            throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            for (var node : data(service.post(json(JOBS, Map.of()), null)).getJsonArray("importJobs")) {
                JsonObject job = node.asJsonObject();
                if (fileName.equals(job.getString("fileName", null)) && job.getInt("rowsWritten") > 0) {
                    if (!"RUNNING".equals(job.getString("status")) || upload.isDone()) {
                        throw new AssertionError("The import ended before it could be killed; raise ROWS: " + job);
                    }
                    return job;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("No rows written within 60 s");
    }

    private static JsonObject job(ServiceProcess service, String id) throws Exception {
        return data(service.post(json(JOB, Map.of("id", id)), null)).getJsonObject("importJob");
    }

    /** The database itself, not the API: on H2 after the service let go of the file. */
    private static Connection connect(Path database) throws SQLException {
        if (ServiceProcess.onPostgres()) {
            return DriverManager.getConnection(
                    System.getenv().getOrDefault("PARLEY_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test"),
                    System.getenv().getOrDefault("PARLEY_DB_USER", "postgres"),
                    System.getenv().getOrDefault("QUARKUS_DATASOURCE_PASSWORD", ""));
        }
        return DriverManager.getConnection("jdbc:h2:file:" + database.resolve("parley"), "sa", "");
    }

    private static Map<String, Integer> counts(Connection db, String run) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("""
                select count(*), count(distinct external_id) from incident
                where external_dataset = 'ACLED' and external_id like ?""")) {
            query.setString(1, run + "-%");
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return Map.of("incidents", result.getInt(1), "eventIds", result.getInt(2));
            }
        }
    }

    /** Every event of the file, with what is wrong with its casualty reports; empty when each has one, with its toll. */
    private static Map<String, String> casualtyMismatches(Connection db, String run, Map<String, Integer> expected)
            throws SQLException {
        Map<String, String> wrong = new HashMap<>();
        expected.forEach((id, killed) -> wrong.put(id, "missing"));
        try (PreparedStatement query = db.prepareStatement("""
                select i.external_id, count(c.id), min(c.killed), max(c.killed) from incident i
                left join casualty_report c on c.incident_id = i.id
                where i.external_dataset = 'ACLED' and i.external_id like ? group by i.id, i.external_id""")) {
            query.setString(1, run + "-%");
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    String id = result.getString(1);
                    Integer killed = expected.get(id);
                    if (result.getInt(2) == 1 && killed != null && killed == result.getInt(3)) {
                        wrong.remove(id);
                    } else {
                        wrong.put(id, "%d reports, killed %s..%s, file says %s".formatted(result.getInt(2),
                                result.getObject(3), result.getObject(4), killed));
                    }
                }
            }
        }
        return wrong;
    }

    private static int single(Connection db, String sql, String run) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, run + "-%");
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    private static String auth() {
        return Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
