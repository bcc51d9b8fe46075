package dev.parley.imports;

import static dev.parley.imports.Imports.resource;
import static dev.parley.imports.Imports.upload;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.parley.support.GraphQL;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(ImportsProfile.class)
class UcdpGedImportTest {

    private static final String SAMPLE = "ucdp-ged-23.1-sample.csv";

    @Inject
    EntityManager em;

    @Test
    void theSampleImportsEveryEventWithThePartiesConflictsAndSourcesItNames() throws IOException {
        List<Map<String, String>> rows = sampleRows();
        Set<String> relids = column(rows, "relid");
        upload("ucdp-ged", resource(SAMPLE)).statusCode(200).body("status", equalTo("COMPLETED"))
                .body("rowsRead", equalTo(1000)).body("rowsRejected", equalTo(0));

        assertEquals(1000L, count("select count(i) from Incident i where i.externalDataset = 'UCDP-GED' and i.externalId in ?1", relids));
        assertEquals(26L, count("select count(i) from Incident i where i.externalDataset = 'UCDP-GED' and i.externalId in ?1 "
                + "and i.place.country = 'Ukraine'", relids));
        Set<String> sides = new TreeSet<>(column(rows, "side_a"));
        sides.addAll(column(rows, "side_b"));
        sides.remove("Civilians");
        assertEquals(sides, strings("select distinct p.name from Incident i join i.sideA p where i.externalId in ?1 "
                + "union select distinct p.name from Incident i join i.sideB p where i.externalId in ?1", relids));
        assertEquals((long) sides.size(), count("select count(p) from Party p where p.name in ?1", sides), "one party per name");
        Set<String> conflicts = column(rows, "conflict_name");
        assertEquals(conflicts, strings("select distinct c.name from Incident i join i.conflict c where i.externalId in ?1", relids));
        assertEquals((long) conflicts.size(), count("select count(c) from Conflict c where c.name in ?1", conflicts));
        Set<String> articles = new TreeSet<>();
        rows.stream().map(row -> Texts.cut(row.get("source_article"), 500)).filter(java.util.Objects::nonNull).forEach(articles::add);
        Set<String> cited = strings("select distinct s.title from Incident i join i.sources s where i.externalId in ?1 "
                + "and s.title <> 'UCDP Georeferenced Event Dataset (GED)'", relids);
        assertEquals(articles, cited);
        assertEquals(1000L, count("select count(i) from Incident i join i.sources s where i.externalId in ?1 "
                + "and s.title = 'UCDP Georeferenced Event Dataset (GED)' and s.attribution like '%CC BY 4.0%'", relids),
                "every incident cites the dataset, with its licence's attribution");

        // what one Ukrainian event looks like in Parley
        long id = count("select i.id from Incident i where i.externalDataset = 'UCDP-GED' and i.externalId = ?1", "UKR-2014-1-14124-28");
        GraphQL.post("""
                query($id: ID!) { incident(id: $id) {
                    externalDataset externalId occurredOn datePrecision occurredUntil eventType civiliansTargeted verification
                    place { name admin1 country latitude longitude precision }
                    sideA { name kind } sideB { name kind } actor { name }
                    casualties { killed killedLow killedHigh reportedOnPrecision qualifier source { title } }
                } }
                """, Map.of("id", Long.toString(id)))
                .body("errors", nullValue())
                .body("data.incident.externalId", equalTo("UKR-2014-1-14124-28"))
                .body("data.incident.occurredOn", equalTo("2014-06-10"))
                .body("data.incident.datePrecision", equalTo("DAY"))
                .body("data.incident.occurredUntil", nullValue())
                .body("data.incident.eventType", nullValue())
                .body("data.incident.civiliansTargeted", equalTo(false))
                .body("data.incident.place.name", equalTo("Kramatorsk airfield"))
                .body("data.incident.place.admin1", equalTo("Donetsk oblast"))
                .body("data.incident.place.country", equalTo("Ukraine"))
                .body("data.incident.place.latitude", equalTo(48.7067f))
                .body("data.incident.place.longitude", equalTo(37.6302f))
                .body("data.incident.place.precision", equalTo("NEAR"))
                .body("data.incident.sideA.name", equalTo("Government of Ukraine"))
                .body("data.incident.sideA.kind", equalTo("STATE"))
                .body("data.incident.sideB.name", equalTo("DPR"))
                .body("data.incident.actor", nullValue())
                .body("data.incident.casualties.killed", equalTo(40))
                .body("data.incident.casualties.killedLow", equalTo(0))
                .body("data.incident.casualties.killedHigh", equalTo(40))
                .body("data.incident.casualties.source.title", equalTo("UCDP Georeferenced Event Dataset (GED)"));
    }

    @Test
    void aSecondImportOfTheSameFileChangesNothing() {
        upload("ucdp-ged", resource(SAMPLE)).statusCode(200);
        long incidents = count("select count(i) from Incident i", null);
        long reports = count("select count(c) from CasualtyReport c", null);
        long parties = count("select count(p) from Party p", null);
        long sources = count("select count(s) from Source s", null);
        upload("ucdp-ged", resource(SAMPLE)).statusCode(200).body("rowsRead", equalTo(1000))
                .body("rowsWritten", equalTo(0)).body("rowsRevised", equalTo(0)).body("rowsUnchanged", equalTo(1000));
        assertEquals(incidents, count("select count(i) from Incident i", null));
        assertEquals(reports, count("select count(c) from CasualtyReport c", null));
        assertEquals(parties, count("select count(p) from Party p", null));
        assertEquals(sources, count("select count(s) from Source s", null));
    }

    @Test
    void aChangedBestAppendsOneRevisionAndTheAuditTrailNamesTheImport() {
        String sample = new String(resource(SAMPLE), StandardCharsets.UTF_8);
        upload("ucdp-ged", sample.getBytes(StandardCharsets.UTF_8)).statusCode(200);
        // UKR-2014-1-14124-28: best 40 (low 0, high 40) becomes 35
        String changed = sample.replace(",2014-06-10 00:00:00.000,2014-06-10 00:00:00.000,", "\u0000")
                .replaceFirst("(UKR-2014-1-14124-28,.*?\u0000(?:[^,]*,){4})40,40,0,", "$135,40,0,")
                .replace("\u0000", ",2014-06-10 00:00:00.000,2014-06-10 00:00:00.000,");
        assertTrue(!changed.equals(sample), "the copy differs");
        long reports = count("select count(c) from CasualtyReport c", null);
        int job = upload("ucdp-ged", changed.getBytes(StandardCharsets.UTF_8)).statusCode(200)
                .body("rowsRevised", equalTo(1)).body("rowsWritten", equalTo(0)).body("rowsUnchanged", equalTo(999))
                .extract().jsonPath().getInt("id");
        assertEquals(reports + 1, count("select count(c) from CasualtyReport c", null));
        long id = count("select i.id from Incident i where i.externalId = ?1", "UKR-2014-1-14124-28");
        GraphQL.post("""
                query($id: ID!) { incident(id: $id) { casualties { killed } casualtyHistory { killed killedLow killedHigh } } }
                """, Map.of("id", Long.toString(id)))
                .body("errors", nullValue())
                .body("data.incident.casualties.killed", equalTo(35))
                .body("data.incident.casualtyHistory.killed[-2]", equalTo(40))
                .body("data.incident.casualtyHistory.killed[-1]", equalTo(35));
        List<?> authors = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select r.changed_by from casualty_report_aud a join revinfo r on r.id = a.rev "
                        + "join casualty_report c on c.id = a.id where c.incident_id = ?1 and c.killed = 35")
                .setParameter(1, id).getResultList());
        assertEquals(List.of("import:ucdp-ged:" + job), authors);
        upload("ucdp-ged", sample.getBytes(StandardCharsets.UTF_8)).statusCode(200).body("rowsRevised", equalTo(1));
    }

    @Test
    void aBrokenRowIsReportedWithItsLineAndTheRestIsImported() {
        String sample = new String(resource(SAMPLE), StandardCharsets.UTF_8);
        // a copy of its own (other relids), whose row RWA-2012-3-1380-2 comes after records with line breaks inside
        String copy = sample.replaceAll("(\r?\n)(\\d+),([A-Z]{2,4}-)", "$1$2,BROKEN-$3");
        int start = copy.indexOf("BROKEN-RWA-2012-3-1380-2");
        int line = 1 + (int) copy.substring(0, start).chars().filter(c -> c == '\n').count();
        String broken = copy.substring(0, start) + copy.substring(start).replaceFirst(",Clear,3,", ",Clear,three,");
        upload("ucdp-ged", broken.getBytes(StandardCharsets.UTF_8)).statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("rowsRead", equalTo(1000)).body("rowsWritten", equalTo(999)).body("rowsRejected", equalTo(1))
                .body("rejections.line", contains(line))
                .body("rejections.reason", contains("type_of_violence is not a whole number: 'three'"));
        assertEquals(999L, count("select count(i) from Incident i where i.externalId like 'BROKEN-%'", null));
        assertEquals(0L, count("select count(i) from Incident i where i.externalId = 'BROKEN-RWA-2012-3-1380-2'", null));
        assertEquals(69, line, "record 57 starts on line 69: the records before hold line breaks");
    }

    private long count(String query, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createQuery(query, Long.class);
            if (parameter != null) {
                q.setParameter(1, parameter);
            }
            return q.getSingleResult();
        });
    }

    private Set<String> strings(String query, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> new TreeSet<>(em.createQuery(query, String.class)
                .setParameter(1, parameter).getResultList()));
    }

    private static Set<String> column(List<Map<String, String>> rows, String name) {
        Set<String> values = new TreeSet<>();
        rows.forEach(row -> {
            if (!row.get(name).isBlank()) {
                values.add(row.get(name).trim());
            }
        });
        return values;
    }

    private static List<Map<String, String>> sampleRows() throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(resource(SAMPLE))) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }
}
