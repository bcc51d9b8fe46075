package dev.parley.exports;

import java.util.Locale;

/**
 * Whose data an incident is, for data Parley imported: the licences of UCDP (CC BY 4.0) and ACLED ask that every
 * copy shown or shipped names them. An import writes under its own name in the audit trail (the changed_by of the
 * revision that created the incident), which is how an exported row finds its attribution. Incidents reported in
 * Parley have none.
 */
enum Attribution {

    UCDP("ucdp", "Uppsala Conflict Data Program (UCDP), Georeferenced Event Dataset (GED): Sundberg & Melander 2013, "
            + "Journal of Peace Research 50(4); Davies, Pettersson & Öberg 2023. Licence CC BY 4.0 "
            + "(https://creativecommons.org/licenses/by/4.0/)"),
    ACLED("acled", "Armed Conflict Location & Event Data (ACLED), https://acleddata.com; used under ACLED's terms of use");

    private final String marker;
    final String text;

    Attribution(String marker, String text) {
        this.marker = marker;
        this.text = text;
    }

    /** The attribution of an incident created by this author (an editor, "system" or an import), or null. */
    static Attribution ofCreator(String createdBy) {
        if (createdBy == null) {
            return null;
        }
        String name = createdBy.toLowerCase(Locale.ROOT);
        for (Attribution attribution : values()) {
            if (name.contains(attribution.marker)) {
                return attribution;
            }
        }
        return null;
    }
}
