package dev.parley.imports;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of file an import reads.")
public enum ImportFormat {
    @Description("UCDP Georeferenced Event Dataset (GED), UCDP's CSV download.")
    UCDP_GED("ucdp-ged", Dataset.UCDP_GED),
    @Description("ACLED's CSV export of events.")
    ACLED("acled", Dataset.ACLED),
    @Description("ACLED's list of deleted events (event_id_cnty, deleted_timestamp): retracts them.")
    ACLED_DELETIONS("acled-deletions", Dataset.ACLED);

    /** The name in URLs (/imports/ucdp-ged), on the command line and in the audit trail. */
    public final String path;
    final Dataset dataset;

    ImportFormat(String path, Dataset dataset) {
        this.path = path;
        this.dataset = dataset;
    }

    static Optional<ImportFormat> byPath(String path) {
        return Arrays.stream(values()).filter(format -> format.path.equals(path)).findFirst();
    }

    static String paths() {
        return String.join(", ", Arrays.stream(values()).map(format -> format.path).toList());
    }
}
