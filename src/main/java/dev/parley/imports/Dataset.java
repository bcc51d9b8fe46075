package dev.parley.imports;

/**
 * A dataset imported records come from: its key on the incident (externalDataset), and the source every imported
 * incident cites, which carries the credit line its licence asks for. This is the one place that credit line is
 * written: the exports look it up here by the incident's externalDataset.
 */
public enum Dataset {
    // The credit line of the fixtures' README (the UCDP sample Parley ships in its tests), word for word.
    UCDP_GED("UCDP-GED", "UCDP Georeferenced Event Dataset (GED)", "Uppsala Conflict Data Program (UCDP)",
            "https://ucdp.uu.se/downloads/",
            "Uppsala Conflict Data Program, UCDP GED 23.1 (Sundberg & Melander 2013, \"Introducing the UCDP "
                    + "Georeferenced Event Dataset\", Journal of Peace Research 50(4); Davies, Pettersson & Öberg "
                    + "2023). Licence: CC BY 4.0"),
    ACLED("ACLED", "Armed Conflict Location & Event Data (ACLED)", "ACLED", "https://acleddata.com/",
            "Armed Conflict Location & Event Data (ACLED), www.acleddata.com; used under ACLED's terms of use, "
                    + "which require this attribution and do not allow redistribution of the data itself.");

    /** The value of {@code Incident.externalDataset} for the incidents imported from it. */
    public final String key;
    final String title;
    final String publisher;
    final String url;
    /** The credit line its licence asks for wherever its data is shown or shipped. */
    public final String attribution;

    Dataset(String key, String title, String publisher, String url, String attribution) {
        this.key = key;
        this.title = title;
        this.publisher = publisher;
        this.url = url;
        this.attribution = attribution;
    }

    /** The dataset an incident's externalDataset names; null for an incident reported in Parley. */
    public static Dataset ofKey(String key) {
        if (key == null) {
            return null;
        }
        for (Dataset dataset : values()) {
            if (dataset.key.equals(key)) {
                return dataset;
            }
        }
        throw new IllegalArgumentException("Unknown dataset " + key);
    }
}
