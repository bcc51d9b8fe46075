package dev.parley.imports;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import dev.parley.common.ParleyEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * One import of one file, with its progress and, once done, its report. The counters are written in the same
 * transaction as the rows they count, so they always match what is in the database.
 */
@Entity
@Table(name = "import_job")
@Description("An import of a dataset file: its progress while it runs, and its report once done.")
public class ImportJob extends ParleyEntity {

    /** Rejected rows kept per job; the counter goes on counting past it. */
    public static final int MAX_REJECTIONS_KEPT = 1000;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("What kind of file it reads.")
    public ImportFormat format;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("Where it stands.")
    public ImportJobStatus status;

    @NonNull
    @Column(name = "started_by")
    @Description("The editor who started it, or 'command line'.")
    public String startedBy;

    @Column(name = "file_name")
    @Description("The file's name, when the command line or the upload gave one.")
    public String fileName;

    @NonNull
    @Column(name = "started_at")
    @Description("When it started.")
    public OffsetDateTime startedAt;

    @Column(name = "finished_at")
    @Description("When it ended; null while it runs.")
    public OffsetDateTime finishedAt;

    @NonNull
    @Column(name = "updated_at")
    @Description("When its progress was last written (after each chunk of rows).")
    public OffsetDateTime updatedAt;

    /** The size of the file in bytes, when known (an upload with Content-Length, a file). */
    @Ignore
    @Column(name = "total_bytes")
    public Long totalBytes;

    @Ignore
    @Column(name = "bytes_read")
    public long bytesRead;

    @NonNull
    @Column(name = "rows_read")
    @Description("Rows read so far (the header not counted).")
    public int rowsRead;

    @NonNull
    @Column(name = "rows_written")
    @Description("Rows that added an incident.")
    public int rowsWritten;

    @NonNull
    @Column(name = "rows_revised")
    @Description("Rows of incidents already imported whose death toll changed: each appended a casualty report.")
    public int rowsRevised;

    @NonNull
    @Column(name = "rows_unchanged")
    @Description("Rows of incidents already imported with the same toll (or, for deletions, already retracted or unknown).")
    public int rowsUnchanged;

    @NonNull
    @Column(name = "rows_retracted")
    @Description("Rows of a deletions list that retracted an incident.")
    public int rowsRetracted;

    @NonNull
    @Column(name = "rows_rejected")
    @Description("Rows that could not be read, written nowhere (see rejections).")
    public int rowsRejected;

    @Description("Why the job failed or was interrupted; null otherwise.")
    public String failure;

    @Column(name = "failure_code")
    @Description("For a FAILED job: IMPORT_CSV_MALFORMED (the file) or INTERNAL_ERROR (the service); null otherwise.")
    public String failureCode;

    @Description("Rows read per second since the start.")
    public double getRowsPerSecond() {
        double seconds = Duration.between(startedAt, finishedAt != null ? finishedAt : updatedAt).toMillis() / 1000.0;
        return seconds <= 0 ? 0 : Math.round(rowsRead / seconds * 10) / 10.0;
    }

    @Description("The part of the file read so far, 0 to 1; null when its size is unknown (an upload without Content-Length).")
    public Double getFractionRead() {
        return totalBytes == null || totalBytes == 0 ? null : Math.min(1.0, (double) bytesRead / totalBytes);
    }

    @Description("Estimated seconds to the end of the file, from the bytes read so far; null when the size is unknown or the job is over.")
    public Integer getSecondsLeft() {
        if (status != ImportJobStatus.RUNNING || totalBytes == null || bytesRead <= 0) {
            return null;
        }
        long elapsed = Duration.between(startedAt, updatedAt).toMillis();
        return (int) Math.max(0, Math.round(elapsed / 1000.0 * (totalBytes - bytesRead) / bytesRead));
    }

    @Ignore
    String author() {
        return "import:" + format.path + ":" + id;
    }

    static List<ImportJob> latest(int count) {
        if (count == 0) {
            return List.of(); // Panache refuses a page of size 0 (FuzzTest found importJobs(first: 0))
        }
        return find("order by startedAt desc, id desc").page(0, count).list();
    }
}
