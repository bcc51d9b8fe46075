package dev.parley.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Incidents as RFC 4180 CSV (Commons CSV quotes what needs it, line breaks in notes included), one row each. */
final class IncidentCsv implements IncidentWriter {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(ExportedIncident.COLUMNS.toArray(String[]::new))
            .get();

    private final CSVPrinter printer;

    IncidentCsv(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.printer = new CSVPrinter(writer, FORMAT);
    }

    @Override
    public void write(ExportedIncident incident) {
        try {
            printer.printRecord(incident.values());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void finish() throws IOException {
        printer.flush();
    }
}
