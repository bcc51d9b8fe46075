package dev.parley.imports;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.parley.audit.RevisionAuthor;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs an import: reads the file record by record (never whole), maps each row, and writes chunks of rows
 * (parley.imports.chunk-rows), each in a transaction of its own with the job's counters. The HTTP endpoint and the
 * command line both come here.
 */
@ApplicationScoped
public class ImportRunner {

    /** Rows per transaction: large enough to batch the inserts, small enough that an interruption loses little. */
    @ConfigProperty(name = "parley.imports.chunk-rows", defaultValue = "500")
    int chunkRows;

    @Inject
    ChunkWriter writer;

    @Inject
    ImportJobs jobs;

    /**
     * Imports the file and returns the job as it ended. Refuses (ImportRefused) a file whose header lacks a
     * column the format needs, before creating a job.
     */
    public ImportJob run(ImportFormat format, InputStream file, Long totalBytes, String startedBy, String fileName) throws IOException {
        CountingInputStream counted = new CountingInputStream(file);
        CsvRows csv;
        try {
            csv = new CsvRows(counted);
        } catch (CsvRows.CsvSyntaxError e) {
            throw new ImportRefused("IMPORT_CSV_MALFORMED", "The header is not CSV: " + e.getMessage());
        }
        Columns columns = new Columns(csv.header());
        List<String> missing = columns.missing(required(format));
        if (csv.header().isEmpty() || !missing.isEmpty()) {
            throw new ImportRefused("IMPORT_COLUMNS_MISSING", "Not a %s file: the header (line 1) lacks %s"
                    .formatted(format.path, csv.header().isEmpty() ? "every column" : String.join(", ", missing)));
        }
        ImportJob job = jobs.begin(format, startedBy, fileName, totalBytes);
        return RevisionAuthor.as(job.author(), () -> importRows(job.id, format, csv, columns, counted));
    }

    private ImportJob importRows(long jobId, ImportFormat format, CsvRows csv, Columns columns, CountingInputStream counted) {
        Lookups lookups = new Lookups();
        LocalDate importedOn = LocalDate.now(ZoneOffset.UTC);
        List<Object> rows = new ArrayList<>();
        ChunkCounts counts = new ChunkCounts();
        long lastLine = 1;
        try (csv) {
            writer.findDatasetSource(format.dataset, lookups);
            for (CsvRows.Row row = csv.next(); row != null; row = csv.next()) {
                counts.read++;
                lastLine = row.line();
                try {
                    rows.add(read(format, columns.of(row), importedOn));
                } catch (RowRejected rejected) {
                    counts.rejected.add(new ChunkCounts.Rejected(row.line(), rejected.getMessage()));
                }
                if (counts.read >= chunkRows) {
                    counts.bytesRead = counted.count();
                    write(jobId, format, rows, counts, lookups, lastLine);
                    rows = new ArrayList<>();
                    counts = new ChunkCounts();
                }
            }
            counts.bytesRead = counted.count();
            write(jobId, format, rows, counts, lookups, lastLine);
            return jobs.end(jobId, ImportJobStatus.COMPLETED, null, null);
        } catch (CsvRows.CsvSyntaxError e) {
            // the records before the one that broke are whole: keep them, then stop, as no later record can be trusted
            counts.bytesRead = counted.count();
            write(jobId, format, rows, counts, lookups, lastLine);
            return jobs.end(jobId, ImportJobStatus.FAILED, "IMPORT_CSV_MALFORMED", "The file is not valid CSV from " + e.getMessage()
                    + "; the rows before are imported. Fix the file and import it again.");
        } catch (IOException e) {
            Log.infof("Import %d interrupted after line %d: %s", jobId, lastLine, e.getMessage());
            return jobs.end(jobId, ImportJobStatus.INTERRUPTED, null, "The file broke off after line %d (%s); import it again to complete it."
                    .formatted(lastLine, e.getMessage()));
        } catch (RuntimeException e) {
            String reference = UUID.randomUUID().toString();
            Log.errorf(e, "Import %d failed after line %d (reference %s)", jobId, lastLine, reference);
            return jobs.end(jobId, ImportJobStatus.FAILED, "INTERNAL_ERROR",
                    "Writing the rows up to line %d failed (reference %s in the log); import the file again to complete it."
                            .formatted(lastLine, reference));
        }
    }

    /** A chunk that fails (e.g. another import created the same party meanwhile) is tried once more from scratch. */
    @SuppressWarnings("unchecked")
    private void write(long jobId, ImportFormat format, List<Object> rows, ChunkCounts counts, Lookups lookups, long lastLine) {
        if (counts.read == 0) {
            return;
        }
        for (int attempt = 1;; attempt++) {
            ChunkCounts tried = copy(counts);
            try {
                if (format == ImportFormat.ACLED_DELETIONS) {
                    writer.writeDeletions(jobId, format.dataset, (List<AcledRows.Deletion>) (List<?>) rows, tried);
                } else {
                    writer.writeIncidents(jobId, format.dataset, (List<ImportedIncident>) (List<?>) rows, tried, lookups);
                }
                return;
            } catch (RuntimeException e) {
                lookups.forget();
                if (attempt == 2) {
                    throw e;
                }
                Log.warnf("Import %d: the chunk ending on line %d failed (%s); trying it once more", jobId, lastLine, e.toString());
                writer.findDatasetSource(format.dataset, lookups);
            }
        }
    }

    private static ChunkCounts copy(ChunkCounts counts) {
        ChunkCounts copy = new ChunkCounts();
        copy.read = counts.read;
        copy.bytesRead = counts.bytesRead;
        copy.rejected.addAll(counts.rejected);
        return copy;
    }

    private static Object read(ImportFormat format, Columns.Cells cells, LocalDate importedOn) {
        return switch (format) {
            case UCDP_GED -> UcdpGedRows.read(cells, importedOn);
            case ACLED -> AcledRows.read(cells, importedOn);
            case ACLED_DELETIONS -> AcledRows.readDeletion(cells);
        };
    }

    private static List<String> required(ImportFormat format) {
        return switch (format) {
            case UCDP_GED -> UcdpGedRows.REQUIRED;
            case ACLED -> AcledRows.REQUIRED;
            case ACLED_DELETIONS -> AcledRows.DELETIONS_REQUIRED;
        };
    }

    /** The job's record: begun and ended in transactions of their own. */
    @ApplicationScoped
    static class ImportJobs {

        @Inject
        jakarta.enterprise.event.Event<dev.parley.common.events.LiveEvent> events;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        ImportJob begin(ImportFormat format, String startedBy, String fileName, Long totalBytes) {
            ImportJob job = new ImportJob();
            job.format = format;
            job.status = ImportJobStatus.RUNNING;
            job.startedBy = startedBy;
            job.fileName = Texts.cut(fileName, 500);
            job.totalBytes = totalBytes;
            job.startedAt = OffsetDateTime.now(ZoneOffset.UTC);
            job.updatedAt = job.startedAt;
            job.persist();
            events.fire(new ImportProgressed(job));
            return job;
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        ImportJob end(long jobId, ImportJobStatus status, String failureCode, String failure) {
            ImportJob job = ImportJob.findById(jobId);
            job.status = status;
            job.failureCode = failureCode;
            job.failure = Texts.cut(failure, 2000);
            job.finishedAt = OffsetDateTime.now(ZoneOffset.UTC);
            job.updatedAt = job.finishedAt;
            events.fire(new ImportProgressed(job));
            return job;
        }
    }
}
