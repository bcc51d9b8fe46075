package dev.parley.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * A CSV file read one record at a time (RFC 4180: quoted fields with commas, quotes and line breaks), so memory
 * holds one record whatever the size of the file. Each record comes with the line it starts on, counted as an
 * editor's text editor counts them (the header is line 1), which is what a rejection report names.
 */
final class CsvRows implements AutoCloseable {

    /** One record: the line it starts on and its fields, as many as the line holds. */
    record Row(long line, String[] values) {
    }

    private final CsvParser parser;
    private final List<String> header;
    private boolean started;
    private long lastLine;
    private long endLine;

    CsvRows(InputStream body) throws IOException {
        Reader reader = new InputStreamReader(body, StandardCharsets.UTF_8);
        CsvMapper mapper = new CsvMapper();
        parser = mapper.getFactory().createParser(reader);
        parser.setSchema(CsvSchema.emptySchema());
        parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        parser.enable(CsvParser.Feature.TRIM_SPACES);
        Row first = next();
        header = new ArrayList<>();
        if (first != null) {
            for (String name : first.values()) {
                header.add(name == null ? "" : stripBom(name).trim().toLowerCase());
            }
        }
    }

    /** The column names of the first line, lower case; empty for an empty file. */
    List<String> header() {
        return header;
    }

    /** The next record, or null at the end of the file; a CsvSyntaxError when the file cannot be read further. */
    Row next() throws IOException {
        try {
            JsonToken token = parser.nextToken();
            if (!started && token == JsonToken.START_ARRAY) {
                started = true; // WRAP_AS_ARRAY: the whole file is one array of records
                token = parser.nextToken();
            }
            if (token == null || token == JsonToken.END_ARRAY) {
                return null;
            }
            long line = -1;
            long valueLine = -1;
            List<String> values = new ArrayList<>();
            for (token = parser.nextToken(); token != null && token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (line < 0) {
                    line = parser.currentTokenLocation().getLineNr(); // a record's own START_ARRAY reports the line before
                }
                values.add(parser.getText());
                valueLine = parser.currentTokenLocation().getLineNr();
            }
            if (token == null) {
                throw new CsvSyntaxError(line, "the file ends inside a record (an unclosed quote?)");
            }
            lastLine = line < 0 ? lastLine + 1 : line;
            endLine = Math.max(lastLine, valueLine);
            return new Row(lastLine, values.toArray(String[]::new));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // Jackson reports where it gave up (an unclosed quote: the end of the file); the record began after the last one
            throw new CsvSyntaxError(endLine + 1, e.getOriginalMessage());
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    private static String stripBom(String name) {
        return name.startsWith("\uFEFF") ? name.substring(1) : name;
    }

    /** A file that cannot be read on from this line: no later record can be told apart. */
    static final class CsvSyntaxError extends IOException {
        final long line;

        CsvSyntaxError(long line, String reason) {
            super("line %d: %s".formatted(line, reason));
            this.line = line;
        }
    }
}
