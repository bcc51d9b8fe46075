package dev.parley.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Incidents as an RFC 7946 FeatureCollection written with Jackson's streaming generator: one Feature per incident,
 * its id as the feature id, a Point geometry [longitude, latitude] (null geometry when the place has no
 * coordinates, as RFC 7946 allows), and the CSV's columns as properties. The attribution of imported data rides
 * on each feature and, once, as the collection's foreign member {@code attribution} (written last, when the
 * sources met along the way are known).
 */
final class IncidentGeoJson implements IncidentWriter {

    private static final JsonFactory JSON = new JsonFactory();

    private final JsonGenerator json;
    /** One per dataset met, in the order first met: a handful whatever the export's size. */
    private final Set<String> attributions = new LinkedHashSet<>();

    IncidentGeoJson(OutputStream out) throws IOException {
        json = JSON.createGenerator(out, JsonEncoding.UTF8);
        json.writeStartObject();
        json.writeStringField("type", "FeatureCollection");
        json.writeArrayFieldStart("features");
    }

    @Override
    public void write(ExportedIncident incident) {
        try {
            json.writeStartObject();
            json.writeStringField("type", "Feature");
            json.writeStringField("id", Long.toString(incident.id()));
            json.writeFieldName("geometry");
            if (incident.latitude() == null || incident.longitude() == null) {
                json.writeNull();
            } else {
                json.writeStartObject();
                json.writeStringField("type", "Point");
                json.writeArrayFieldStart("coordinates");
                json.writeNumber(incident.longitude());
                json.writeNumber(incident.latitude());
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeObjectFieldStart("properties");
            List<Object> values = incident.values();
            for (int c = 0; c < ExportedIncident.COLUMNS.size(); c++) {
                String column = ExportedIncident.COLUMNS.get(c);
                if (!column.equals("latitude") && !column.equals("longitude")) {
                    writeValue(column, values.get(c));
                }
            }
            json.writeEndObject();
            json.writeEndObject();
            if (incident.attribution() != null) {
                attributions.add(incident.attribution());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeValue(String name, Object value) throws IOException {
        json.writeFieldName(name);
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Long number) {
            json.writeNumber(number);
        } else if (value instanceof Integer number) {
            json.writeNumber(number);
        } else if (value instanceof Boolean bool) {
            json.writeBoolean(bool);
        } else {
            json.writeString(value.toString());
        }
    }

    @Override
    public void finish() throws IOException {
        json.writeEndArray();
        json.writeArrayFieldStart("attribution");
        for (String attribution : attributions) {
            json.writeString(attribution);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
    }
}
