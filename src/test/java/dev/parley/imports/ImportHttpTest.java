package dev.parley.imports;

import static dev.parley.imports.Imports.resource;
import static dev.parley.imports.Imports.upload;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.parley.support.GraphQL;
import dev.parley.support.Users;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** Who may import, what a refused file gets, and the job as the GraphQL API shows it. */
@QuarkusTest
@TestProfile(ImportsProfile.class)
class ImportHttpTest {

    private static final String HEADER = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,"
            + "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,"
            + "admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp\n";

    private static String row(String id, String fatalities) {
        return id + ",2023-04-01,2023,1,Political violence,Battles,Armed clash,Test Army (Http),,1,Test Rebels (Http),,2,12,,"
                + "999,Testland,Testland,Http Oblast,,,Http Town,46.0,35.0,1,Test Wire,National,Synthetic test event.," + fatalities
                + ",,1680500000\n";
    }

    @Test
    void onlyEditorsImport() {
        given().body(resource("acled-events.csv")).when().post("/imports/acled").then()
                .statusCode(401).header("WWW-Authenticate", startsWith("Basic"))
                .body("errors[0].extensions.code", equalTo("UNAUTHORIZED"));
        given().auth().preemptive().basic(Users.READER, Users.READER + "-secret").body(resource("acled-events.csv"))
                .when().post("/imports/acled").then()
                .statusCode(403).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        given().auth().preemptive().basic(Users.EDITOR, "wrong").body(resource("acled-events.csv"))
                .when().post("/imports/acled").then()
                .statusCode(401).body("errors[0].extensions.code", equalTo("UNAUTHORIZED"));
    }

    @Test
    void anUnknownFormatOrAFileWithoutTheColumnsIsRefusedBeforeAnyRow() {
        upload("gdelt", resource("acled-events.csv")).statusCode(400)
                .body("errors[0].extensions.code", equalTo("IMPORT_FORMAT_UNKNOWN"))
                .body("errors[0].message", equalTo("No import of that kind; there are ucdp-ged, acled, acled-deletions"));
        upload("ucdp-ged", resource("acled-events.csv")).statusCode(400)
                .body("errors[0].extensions.code", equalTo("IMPORT_COLUMNS_MISSING"))
                .body("errors[0].message", startsWith("Not a ucdp-ged file: the header (line 1) lacks relid, type_of_violence"));
        upload("acled", new byte[0]).statusCode(400).body("errors[0].extensions.code", equalTo("IMPORT_COLUMNS_MISSING"));
        given().auth().preemptive().basic(Users.EDITOR, Users.EDITOR + "-secret").when().get("/imports/acled").then()
                .statusCode(405).header("Allow", "POST");
    }

    @Test
    void aFileThatStopsBeingCsvKeepsTheRowsBeforeAndSaysWhere() {
        String file = HEADER + row("HTTP1001", "1") + row("HTTP1002", "2") + "HTTP1003,\"2023-04-01,never closed\n" + row("HTTP1004", "4");
        upload("acled", file.getBytes(StandardCharsets.UTF_8)).statusCode(400)
                .body("status", equalTo("FAILED"))
                .body("rowsWritten", equalTo(2))
                .body("errors[0].extensions.code", equalTo("IMPORT_CSV_MALFORMED"))
                .body("failure", startsWith("The file is not valid CSV from line 4"));
    }

    @Test
    void theJobShowsItsProgressAndKeepsItsReport() {
        String file = HEADER + row("HTTP2001", "1") + row("HTTP2002", "many") + row("HTTP2003", "3");
        String id = upload("acled", file.getBytes(StandardCharsets.UTF_8)).statusCode(200)
                .body("rowsRejected", equalTo(1))
                .body("rejections.line", contains(3))
                .extract().jsonPath().getString("id");
        GraphQL.post("""
                query($id: ID!) {
                  importJob(id: $id) {
                    id format status startedBy rowsRead rowsWritten rowsRevised rowsUnchanged rowsRejected
                    rowsPerSecond secondsLeft fractionRead finishedAt failure
                    rejections { line reason }
                  }
                  importJobs(first: 100) { id }
                  byDefault: importJobs(first: null) { id }
                  none: importJobs(first: 0) { id }
                }
                """, Map.of("id", id))
                .body("errors", nullValue())
                .body("data.importJob.id", equalTo(id))
                .body("data.byDefault.size()", greaterThan(0))
                .body("data.none.size()", equalTo(0))
                .body("data.importJob.format", equalTo("ACLED"))
                .body("data.importJob.status", equalTo("COMPLETED"))
                .body("data.importJob.startedBy", equalTo(Users.EDITOR))
                .body("data.importJob.rowsRead", equalTo(3))
                .body("data.importJob.rowsWritten", equalTo(2))
                .body("data.importJob.rowsRejected", equalTo(1))
                .body("data.importJob.fractionRead", equalTo(1.0f))
                .body("data.importJob.rowsPerSecond", notNullValue())
                .body("data.importJob.secondsLeft", nullValue())
                .body("data.importJob.finishedAt", notNullValue())
                .body("data.importJob.rejections.line", contains(3))
                .body("data.importJob.rejections.reason", contains("fatalities is not a whole number: 'many'"))
                .body("data.importJobs.id", hasItem(id))
                .body("data.importJobs.size()", greaterThan(0));
    }
}
