package dev.parley.imports;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The start-up check for jobs a killed service left RUNNING (the kill itself: durability/ImportKillIT). */
@QuarkusTest
class StaleImportJobsTest {

    @Inject
    StaleImportJobs staleJobs;

    @Test
    void aJobWithoutProgressForTheMarginIsInterruptedAndARecentOneIsLeftToItsInstance() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long orphan = QuarkusTransaction.requiringNew().call(() -> running(now.minusHours(1)));
        long live = QuarkusTransaction.requiringNew().call(() -> running(now.minusSeconds(5)));

        QuarkusTransaction.requiringNew().run(() -> staleJobs.markInterrupted(Duration.ofMinutes(10)));

        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob marked = ImportJob.findById(orphan);
            assertThat(marked.status, equalTo(ImportJobStatus.INTERRUPTED));
            assertThat(marked.failure, equalTo("The service stopped during the import, after 1500 rows; "
                    + "import the file again to complete it."));
            assertThat(marked.finishedAt, notNullValue());
            ImportJob running = ImportJob.findById(live);
            assertThat(running.status, equalTo(ImportJobStatus.RUNNING));
            // leave no RUNNING job behind for other tests
            running.status = ImportJobStatus.INTERRUPTED;
        });
    }

    /** Started long ago, so that it is not among the latest jobs other tests list. */
    private static long running(OffsetDateTime updatedAt) {
        ImportJob job = new ImportJob();
        job.format = ImportFormat.ACLED;
        job.status = ImportJobStatus.RUNNING;
        job.startedBy = "stale-jobs-test";
        job.startedAt = OffsetDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        job.updatedAt = updatedAt;
        job.rowsRead = 1500;
        job.persist();
        return job.id;
    }
}
