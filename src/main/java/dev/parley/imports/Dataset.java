package dev.parley.imports;

/**
 * A dataset imported records come from: its key on the incident (externalDataset), and the source every imported
 * incident cites, which carries the credit line its licence asks for.
 */
enum Dataset {
    UCDP_GED("UCDP-GED", "UCDP Georeferenced Event Dataset (GED)", "Uppsala Conflict Data Program (UCDP)",
            "https://ucdp.uu.se/downloads/",
            "UCDP Georeferenced Event Dataset (GED), Uppsala Conflict Data Program, licensed under CC BY 4.0 "
                    + "(https://creativecommons.org/licenses/by/4.0/). Sundberg, Ralph and Erik Melander (2013) "
                    + "Introducing the UCDP Georeferenced Event Dataset, Journal of Peace Research 50(4); "
                    + "Davies, Shawn, Therese Pettersson and Magnus Öberg (2023), Journal of Peace Research 60(4)."),
    ACLED("ACLED", "Armed Conflict Location & Event Data (ACLED)", "ACLED", "https://acleddata.com/",
            "Armed Conflict Location & Event Data (ACLED), www.acleddata.com; used under ACLED's terms of use, "
                    + "which require this attribution and do not allow redistribution of the data itself.");

    final String key;
    final String title;
    final String publisher;
    final String url;
    final String attribution;

    Dataset(String key, String title, String publisher, String url, String attribution) {
        this.key = key;
        this.title = title;
        this.publisher = publisher;
        this.url = url;
        this.attribution = attribution;
    }
}
