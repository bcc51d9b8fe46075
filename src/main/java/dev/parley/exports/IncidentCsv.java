package dev.parley.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * Incidents as RFC 4180 CSV, one row each, written with Jackson's streaming CSV generator (the library the imports
 * read CSV with): a header row, CRLF between records, and a value quoted only where it must be (a comma, a quote or
 * a line break inside, as notes may hold). Each value is written as its text, so dates and times read as in the
 * GraphQL API; an empty cell is a missing value.
 */
final class IncidentCsv implements IncidentWriter {

    private static final CsvSchema SCHEMA = CsvSchema.builder()
            .addColumns(ExportedIncident.COLUMNS, CsvSchema.ColumnType.STRING)
            .setUseHeader(true)
            .setLineSeparator("\r\n")
            .build();

    /**
     * Minimal quoting (without it Jackson quotes every longer text, needed or not); the response is ended by its
     * owner after the last row, so closing the generator leaves it open.
     */
    private static final CsvFactory CSV = CsvFactory.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final CsvGenerator csv;

    IncidentCsv(OutputStream out) throws IOException {
        csv = CSV.createGenerator(out, JsonEncoding.UTF8);
        csv.setSchema(SCHEMA);
    }

    @Override
    public void write(ExportedIncident incident) {
        try {
            csv.writeStartArray();
            for (Object value : incident.values()) {
                if (value == null) {
                    csv.writeNull();
                } else {
                    csv.writeString(value.toString());
                }
            }
            csv.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void finish() throws IOException {
        // Closing writes the header of an export without rows, and flushes.
        csv.close();
    }
}
