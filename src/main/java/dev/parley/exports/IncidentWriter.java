package dev.parley.exports;

import java.io.IOException;

/** Writes an export's incidents one at a time, then whatever closes the document. */
interface IncidentWriter {

    void write(ExportedIncident incident);

    void finish() throws IOException;
}
