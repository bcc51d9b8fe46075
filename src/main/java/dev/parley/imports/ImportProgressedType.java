package dev.parley.imports;

import dev.parley.common.events.LiveEventType;
import jakarta.enterprise.context.ApplicationScoped;

/** Progress reaches the subscribers on the other instances as the job's id, reloaded there. */
@ApplicationScoped
class ImportProgressedType implements LiveEventType<ImportProgressed> {

    @Override
    public Class<ImportProgressed> type() {
        return ImportProgressed.class;
    }

    @Override
    public long recordId(ImportProgressed event) {
        return event.job().id;
    }

    @Override
    public ImportProgressed reload(long recordId) {
        ImportJob job = ImportJob.findById(recordId);
        return job == null ? null : new ImportProgressed(job);
    }
}
