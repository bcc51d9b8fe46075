package dev.parley.imports;

import java.util.List;

import dev.parley.common.ParleyEntity;
import dev.parley.common.batch.Batches;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Table(name = "import_rejection")
@Description("A row an import could not read: its line in the file (the header is line 1) and why. It was written nowhere.")
public class ImportRejection extends ParleyEntity {

    @Ignore
    @Column(name = "job_id")
    public long jobId;

    @NonNull
    @Description("The line the row starts on.")
    public int line;

    @NonNull
    @Description("Why it was not imported, e.g. 'best is not a whole number: 'x''.")
    public String reason;

    static ImportRejection of(long jobId, long line, String reason) {
        ImportRejection rejection = new ImportRejection();
        rejection.jobId = jobId;
        rejection.line = (int) Math.min(line, Integer.MAX_VALUE);
        rejection.reason = Texts.cut(reason, 1000);
        return rejection;
    }

    static List<ImportRejection> ofJobs(List<Long> jobIds) {
        return Batches.rowsFor(ImportRejection.class,
                "select {e.*} from import_rejection e where e.job_id = any(:ids) order by e.line, e.id", jobIds);
    }
}
