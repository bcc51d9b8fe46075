package dev.parley.imports;

import static dev.parley.imports.Imports.resource;
import static dev.parley.imports.Imports.upload;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

/** The UCDP sample imported, then exported: its licence's credit line rides on every row that is UCDP's data. */
@QuarkusTest
@TestProfile(ImportsProfile.class)
class ImportedIncidentsExportTest {

    /** The credit line of the sample's README (fixtures), word for word. */
    private static final String UCDP_ATTRIBUTION = "Uppsala Conflict Data Program, UCDP GED 23.1 (Sundberg & Melander "
            + "2013, \"Introducing the UCDP Georeferenced Event Dataset\", Journal of Peace Research 50(4); Davies, "
            + "Pettersson & Öberg 2023). Licence: CC BY 4.0";

    @Inject
    EntityManager em;

    @Test
    void importedIncidentsCarryTheUcdpAttributionAndDemoIncidentsNone() throws IOException {
        upload("ucdp-ged", resource("ucdp-ged-23.1-sample.csv")).statusCode(200).body("status", equalTo("COMPLETED"));
        Map<String, String> datasets = datasetsById();

        String csv = given().when().get("/exports/incidents.csv").then().statusCode(200).extract().asString();
        int ucdp = 0;
        Set<String> reported = new TreeSet<>();
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            while (rows.hasNext()) {
                Map<String, String> row = rows.next();
                String dataset = datasets.get(row.get("event_id"));
                if ("UCDP-GED".equals(dataset)) {
                    assertEquals(UCDP_ATTRIBUTION, row.get("attribution"), row.get("event_id"));
                    ucdp++;
                } else if (dataset == null) {
                    assertEquals("", row.get("attribution"), "reported in Parley: " + row.get("event_id"));
                    reported.add(row.get("event_id"));
                }
            }
        }
        assertTrue(ucdp >= 1000, "every incident of the sample is exported: " + ucdp);
        assertTrue(reported.containsAll(List.of("70", "71", "72", "73", "74")), "the demo incidents: " + reported);

        JsonNode collection = new ObjectMapper().readTree(given().queryParam("from", "2014-06-10")
                .queryParam("to", "2014-06-10").when().get("/exports/incidents.geojson").then().statusCode(200)
                .extract().asString());
        assertEquals(List.of(UCDP_ATTRIBUTION), texts(collection.get("attribution")));
        for (JsonNode feature : collection.get("features")) {
            assertEquals(UCDP_ATTRIBUTION, feature.get("properties").get("attribution").asText());
        }
        assertTrue(collection.get("features").size() >= 1, "UKR-2014-1-14124-28 is of that day");

        JsonNode demo = new ObjectMapper().readTree(given().queryParam("from", "2025-01-01")
                .when().get("/exports/incidents.geojson").then().statusCode(200).extract().asString());
        assertTrue(demo.get("features").size() > 0, "the demo round's incidents");
        assertEquals(List.of(), texts(demo.get("attribution")), "incidents reported in Parley carry none");
        for (JsonNode feature : demo.get("features")) {
            assertTrue(feature.get("properties").get("attribution").isNull());
        }
    }

    /** The dataset of every incident by id; absent from the map for an incident reported in Parley. */
    private Map<String, String> datasetsById() {
        Map<String, String> datasets = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> em.createQuery(
                "select i.id, i.externalDataset from Incident i where i.externalDataset is not null", Object[].class)
                .getResultList().forEach(row -> datasets.put(row[0].toString(), (String) row[1])));
        return datasets;
    }

    private static List<String> texts(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
