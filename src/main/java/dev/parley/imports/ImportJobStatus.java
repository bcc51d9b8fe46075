package dev.parley.imports;

import org.eclipse.microprofile.graphql.Description;

@Description("Where an import job stands.")
public enum ImportJobStatus {
    @Description("Reading and writing.")
    RUNNING,
    @Description("The whole file was read; every row is written, unchanged or rejected (see rejections).")
    COMPLETED,
    @Description("The file could not be read on (see failure); the rows before are written. Fix it and import again.")
    FAILED,
    @Description("Stopped before the end of the file (the upload broke off, or the service stopped). "
            + "What was written stays; importing the file again completes it.")
    INTERRUPTED
}
