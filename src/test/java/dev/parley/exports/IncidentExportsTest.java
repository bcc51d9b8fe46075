package dev.parley.exports;

import static dev.parley.support.Editing.edit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.parley.imports.Dataset;
import dev.parley.support.GraphQL;
import dev.parley.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * CSV and GeoJSON exports read back with Jackson's CSV parser and JSON reader; this class keeps to the year 2037.
 * A real import and its export: {@code dev.parley.imports.ImportedIncidentsExportTest}.
 */
@QuarkusTest
class IncidentExportsTest {

    private static final String REPORT = """
            mutation($input: ReportIncidentInput!) { reportIncident(input: $input) { id } }
            """;
    private static final String INCIDENTS = """
            query($filter: IncidentFilter, $after: String) {
              incidents(filter: $filter, first: 100, after: $after) {
                nodes { id place { latitude longitude } }
                pageInfo { hasNextPage endCursor }
              }
            }
            """;

    @Inject
    TestData data;

    @Inject
    EntityManager entityManager;

    private static boolean reported;
    private static String awkwardId;
    private static String importedId;

    /** Incidents of 2037 in two regions, one with notes that need quoting, one marked as imported from UCDP GED. */
    @BeforeEach
    void report() {
        if (reported) {
            return;
        }
        for (int day = 1; day <= 6; day++) {
            Map<String, Object> input = incident("2037-02-%02d".formatted(day), day % 2 == 0 ? "Kharkiv" : "Donetsk",
                    48.0 + day / 10.0, 37.0 + day / 100.0);
            input.put("eventType", day % 3 == 0 ? "BATTLES" : "EXPLOSIONS_REMOTE_VIOLENCE");
            String id = edit(REPORT, input).body("errors", nullValue()).extract().path("data.reportIncident.id");
            if (day == 2) {
                awkwardId = id;
            }
            if (day == 5) {
                importedId = id;
            }
        }
        Map<String, Object> awkward = incident("2037-03-01", "Kharkiv", 49.99, 36.23);
        awkward.put("notes", "Quote \"here\", a comma,\nand a second line");
        awkward.put("target", "a school; a market");
        awkwardId = edit(REPORT, awkward).body("errors", nullValue()).extract().path("data.reportIncident.id");
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update incident set external_dataset = 'UCDP-GED', external_id = :key where id = :id")
                .setParameter("key", "export-test-" + importedId)
                .setParameter("id", Long.valueOf(importedId)).executeUpdate());
        reported = true;
    }

    @Test
    void csvParsesBackToTheIncidentsAndCoordinatesOfTheGraphQLQuery() throws IOException {
        Map<String, Object> filter = Map.of("from", "2037-01-01", "to", "2037-12-31");
        String csv = given().queryParam("from", "2037-01-01").queryParam("to", "2037-12-31")
                .when().get("/exports/incidents.csv")
                .then().statusCode(200)
                .header("Content-Type", "text/csv; charset=utf-8; header=present")
                .header("Content-Disposition", "attachment; filename=\"parley-incidents.csv\"")
                .header("Link", containsString("rel=\"license\""))
                .extract().asString();
        List<Map<String, String>> records = parseCsv(csv);
        assertEquals(graphQLIncidents(filter), records.stream()
                .map(r -> List.of(r.get("event_id"), r.get("latitude"), r.get("longitude"))).toList());
        assertTrue(csv.contains(",\"Quote \"\"here\"\", a comma,\nand a second line\","),
                "RFC 4180: quoted, quotes doubled, the line break kept");
        assertTrue(csv.startsWith(String.join(",", ExportedIncident.COLUMNS) + "\r\n"), "header row, CRLF");
        Map<String, String> awkward = records.stream().filter(r -> r.get("event_id").equals(awkwardId)).findFirst().orElseThrow();
        assertEquals("Quote \"here\", a comma,\nand a second line", awkward.get("notes"));
        assertEquals("a school; a market", awkward.get("target"));
        assertEquals("REPORTED", awkward.get("verification"));
        assertEquals("2037", awkward.get("year"));
        Map<String, String> imported = records.stream().filter(r -> r.get("event_id").equals(importedId)).findFirst().orElseThrow();
        assertEquals(Dataset.UCDP_GED.attribution, imported.get("attribution"));
        assertEquals("", awkward.get("attribution"));
    }

    @Test
    void anExportWithoutIncidentsIsItsHeaderRow() {
        String csv = given().queryParam("from", "2037-12-31").queryParam("to", "2037-12-31")
                .when().get("/exports/incidents.csv")
                .then().statusCode(200).extract().asString();
        assertEquals(String.join(",", ExportedIncident.COLUMNS) + "\r\n", csv);
    }

    @Test
    void geoJsonParsesBackToTheSameIncidentsWithLongitudeFirst() throws IOException {
        Map<String, Object> filter = Map.of("from", "2037-01-01", "to", "2037-12-31", "regions", List.of("Kharkiv"),
                "eventTypes", List.of("EXPLOSIONS_REMOTE_VIOLENCE", "BATTLES"));
        String body = given().queryParam("from", "2037-01-01").queryParam("to", "2037-12-31")
                .queryParam("regions", "Kharkiv").queryParam("eventTypes", "EXPLOSIONS_REMOTE_VIOLENCE,BATTLES")
                .when().get("/exports/incidents.geojson")
                .then().statusCode(200)
                .header("Content-Type", "application/geo+json")
                .header("Content-Disposition", "attachment; filename=\"parley-incidents.geojson\"")
                .extract().asString();
        JsonNode collection = new ObjectMapper().readTree(body);
        assertEquals("FeatureCollection", collection.get("type").asText());
        List<List<String>> exported = new ArrayList<>();
        for (JsonNode feature : collection.get("features")) {
            assertEquals("Feature", feature.get("type").asText());
            assertEquals("Point", feature.get("geometry").get("type").asText());
            JsonNode coordinates = feature.get("geometry").get("coordinates");
            exported.add(List.of(feature.get("id").asText(), coordinates.get(1).asText(), coordinates.get(0).asText()));
            assertEquals("Kharkiv", feature.get("properties").get("admin1").asText());
        }
        assertEquals(graphQLIncidents(filter), exported);
        assertEquals(3, exported.size(), "Kharkiv incidents with an event type");
        assertEquals(0, collection.get("attribution").size(), "no imported incident in Kharkiv");

        JsonNode withImport = new ObjectMapper().readTree(given().queryParam("from", "2037-02-05")
                .queryParam("to", "2037-02-05").when().get("/exports/incidents.geojson").then().statusCode(200)
                .extract().asString());
        assertEquals(1, withImport.get("attribution").size());
        assertEquals(Dataset.UCDP_GED.attribution, withImport.get("attribution").get(0).asText());
        assertEquals(withImport.get("attribution").get(0).asText(),
                withImport.get("features").get(0).get("properties").get("attribution").asText());
    }

    @Test
    void badParametersAreRefusedWith400NamingTheParameter() {
        refused(given().queryParam("from", "2037-13-01"), "from");
        refused(given().queryParam("minKilled", "-1"), "minKilled");
        refused(given().queryParam("minKilled", "many"), "minKilled");
        refused(given().queryParam("eventTypes", "SHELLING"), "eventTypes");
        refused(given().queryParam("form", "2037-01-01"), "form");
        refused(given().queryParam("from", "2037-02-01").queryParam("to", "2037-01-01"), "from");
        refused(given().queryParam("actorIds", "abc"), "actorIds");
        refused(given().queryParam("updatedSince", "yesterday"), "updatedSince");
        refused(given().queryParam("civiliansTargeted", "yes"), "civiliansTargeted");
    }

    private static void refused(RequestSpecification request, String parameter) {
        for (String format : List.of("csv", "geojson")) {
            request.when().get("/exports/incidents." + format)
                    .then().statusCode(400)
                    .header("Content-Type", "application/json")
                    .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                    .body("errors[0].extensions.parameter", equalTo(parameter));
        }
    }

    /** [id, latitude, longitude] of every incident the GraphQL API lists for the filter, in its order. */
    private static List<List<String>> graphQLIncidents(Map<String, Object> filter) {
        List<List<String>> incidents = new ArrayList<>();
        String after = null;
        while (true) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("filter", filter);
            variables.put("after", after);
            JsonPath page = GraphQL.post(INCIDENTS, variables).body("errors", nullValue()).extract().jsonPath();
            List<Map<String, Object>> nodes = page.getList("data.incidents.nodes");
            for (Map<String, Object> node : nodes) {
                Map<?, ?> place = (Map<?, ?>) node.get("place");
                incidents.add(List.of((String) node.get("id"), String.valueOf(place.get("latitude")),
                        String.valueOf(place.get("longitude"))));
            }
            if (!page.getBoolean("data.incidents.pageInfo.hasNextPage")) {
                return incidents;
            }
            after = page.getString("data.incidents.pageInfo.endCursor");
        }
    }

    private static List<Map<String, String>> parseCsv(String csv) throws IOException {
        try (MappingIterator<Map<String, String>> records = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return records.readAll();
        }
    }

    private static Map<String, Object> incident(String occurredOn, String region, double latitude, double longitude) {
        Map<String, Object> input = new HashMap<>();
        input.put("occurredOn", occurredOn);
        input.put("datePrecision", "DAY");
        input.put("place", Map.of("name", "Export town", "admin1", region, "country", "Ukraine",
                "latitude", latitude, "longitude", longitude));
        input.put("verification", "REPORTED");
        return input;
    }
}
