package dev.parley.imports;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Reads of the kept reports, for the HTTP answer and the GraphQL API. */
@ApplicationScoped
public class ImportReports {

    @Transactional
    List<ImportRejection> rejections(long jobId, int max) {
        return ImportRejection.find("jobId = ?1 order by line, id", jobId).page(0, max).list();
    }
}
