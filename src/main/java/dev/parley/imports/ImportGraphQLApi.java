package dev.parley.imports;

import java.util.List;

import dev.parley.common.Ids;
import dev.parley.common.InvalidArgumentException;
import dev.parley.common.batch.Batches;
import dev.parley.common.errors.ErrorBoundary;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
@ErrorBoundary
public class ImportGraphQLApi {

    private static final int DEFAULT_JOBS = 20;
    private static final int MAX_JOBS = 100;

    @Query("importJob")
    @Description("One import job by id, with its progress or report; null when no job has that id.")
    @Transactional
    public ImportJob importJob(@NonNull @Id @Description("The job's id (the id in the answer to POST /imports/…).") String id) {
        return ImportJob.findById(Ids.ofArgument("id", id));
    }

    @Query("importJobs")
    @Description("The latest import jobs, newest first.")
    @Transactional
    public List<@NonNull ImportJob> importJobs(@DefaultValue("20") @Description("How many, at most 100.") Integer first) {
        // An explicit null means the default, as for every other "first" of the API
        int count = first == null ? DEFAULT_JOBS : first;
        if (count < 0 || count > MAX_JOBS) {
            throw new InvalidArgumentException("first must be between 0 and %d".formatted(MAX_JOBS));
        }
        return ImportJob.latest(count);
    }

    @Description("The rows that could not be read, by line: the first " + ImportJob.MAX_REJECTIONS_KEPT
            + " of the job (rowsRejected counts them all).")
    @Transactional
    public List<@NonNull List<@NonNull ImportRejection>> rejections(@Source List<ImportJob> jobs) {
        return Batches.groupUnder(jobs, ImportRejection.ofJobs(Batches.ids(jobs)), rejection -> rejection.jobId);
    }
}
