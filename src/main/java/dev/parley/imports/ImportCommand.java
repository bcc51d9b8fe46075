package dev.parley.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * {@code java -jar quarkus-run.jar import ucdp-ged|acled|acled-deletions <file>}: the same import as the HTTP
 * endpoint, from a file on the machine, with the app's configuration (its database). Prints the report; exit code
 * 0 when the whole file was read (rejected rows included), 1 when it failed, 2 on wrong arguments.
 */
@ApplicationScoped
public class ImportCommand {

    static final String STARTED_BY = "command line";

    @Inject
    ImportRunner runner;

    @Inject
    ImportReports reports;

    public int run(String... args) {
        if (args.length != 3 || ImportFormat.byPath(args[1]).isEmpty()) {
            System.err.println("usage: import <" + ImportFormat.paths().replace(", ", "|") + "> <file.csv>");
            return 2;
        }
        ImportFormat format = ImportFormat.byPath(args[1]).orElseThrow();
        Path file = Path.of(args[2]);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            ImportJob job = runner.run(format, in, Files.size(file), STARTED_BY, file.getFileName().toString());
            System.out.printf("import %s of %s: %s; rows read %d, written %d, revised %d, unchanged %d, retracted %d, "
                    + "rejected %d; %.1f rows/s (job %d)%n", format.path, file, job.status, job.rowsRead, job.rowsWritten,
                    job.rowsRevised, job.rowsUnchanged, job.rowsRetracted, job.rowsRejected, job.getRowsPerSecond(), job.id);
            List<ImportRejection> rejected = reports.rejections(job.id, 100);
            rejected.forEach(r -> System.out.printf("  line %d: %s%n", r.line, r.reason));
            if (job.failure != null) {
                System.out.println("  " + job.failure);
            }
            return job.status == ImportJobStatus.COMPLETED ? 0 : 1;
        } catch (ImportRefused refused) {
            System.err.println(refused.code + ": " + refused.getMessage());
            return 1;
        } catch (IOException e) {
            System.err.println("Cannot read " + file + ": " + e.getMessage());
            return 1;
        }
    }
}
