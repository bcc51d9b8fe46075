package dev.parley.imports;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A service killed mid-import (SIGKILL, a crash, a lost container) leaves its job RUNNING for ever: nothing else
 * ends it. At start-up, a RUNNING job whose progress was last written longer ago than
 * parley.imports.running-job-stale-after is taken to be such an orphan and marked INTERRUPTED, so that editors
 * see that the file must be imported again. On H2 the file lock admits one process only, so every RUNNING job
 * is an orphan (0s); on PostgreSQL another instance may be importing right now, hence a margin there.
 */
@ApplicationScoped
class StaleImportJobs {

    @ConfigProperty(name = "parley.imports.running-job-stale-after", defaultValue = "0s")
    Duration staleAfter;

    @Transactional
    void onStart(@Observes StartupEvent startup) {
        markInterrupted(staleAfter);
    }

    /** Marks the RUNNING jobs without progress for staleAfter; how many. Runs in the caller's transaction. */
    int markInterrupted(Duration staleAfter) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<ImportJob> orphans = ImportJob.list("status = ?1 and updatedAt <= ?2", ImportJobStatus.RUNNING, now.minus(staleAfter));
        for (ImportJob job : orphans) {
            job.status = ImportJobStatus.INTERRUPTED;
            job.failure = "The service stopped during the import, after %d rows; import the file again to complete it."
                    .formatted(job.rowsRead);
            job.finishedAt = now;
            job.updatedAt = now;
        }
        if (!orphans.isEmpty()) {
            Log.warnf("Marked %d import job(s) left running by a stopped service as INTERRUPTED: %s", orphans.size(),
                    orphans.stream().map(job -> job.id).toList());
        }
        return orphans.size();
    }
}
