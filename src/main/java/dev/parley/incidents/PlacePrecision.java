package dev.parley.incidents;

import org.eclipse.microprofile.graphql.Description;

/** The precision codes of UCDP (where_prec) and ACLED (geo_precision), in words both map onto. */
@Description("How exactly a place's coordinates locate the incident.")
public enum PlacePrecision {
    @Description("The exact location (UCDP where_prec 1, ACLED geo_precision 1).")
    EXACT,
    @Description("Within about 25 km of the coordinates, or a part of the named place (UCDP 2, ACLED 2).")
    NEAR,
    @Description("Only the second-order administrative division is known; the coordinates are its centre (UCDP 3).")
    ADMIN2,
    @Description("Only the first-order administrative region is known; the coordinates are its centre or capital (UCDP 4, ACLED 3).")
    ADMIN1,
    @Description("Along a line or over an area (a road, a border, between two places) that no division names (UCDP 5).")
    AREA,
    @Description("Only the country is known (UCDP 6).")
    COUNTRY,
    @Description("At sea or in the air, outside any country (UCDP 7).")
    INTERNATIONAL
}
