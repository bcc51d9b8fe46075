package dev.parley.imports;

import java.time.LocalDate;
import java.util.List;

import dev.parley.common.DatePrecision;
import dev.parley.incidents.EventType;
import dev.parley.incidents.PlacePrecision;
import dev.parley.parties.PartyKind;

/**
 * UCDP GED rows (codebook of release 23.1) in Parley's terms. What is mapped and why:
 * <ul>
 * <li>{@code best}/{@code low}/{@code high} are the casualty report's killed, killedLow and killedHigh. The figures are
 * UCDP's, cited to the dataset, known on the day of the import (UCDP gives no date per figure).</li>
 * <li>{@code date_start}..{@code date_end}: one day is DAY, a span is BETWEEN (UCDP's date_prec only says how wide).</li>
 * <li>{@code type_of_violence} 3 (one-sided violence) is ACLED's violence against civilians, and side_a is who did it.
 * State-based (1) and non-state (2) events can be battles or remote violence, which UCDP does not tell apart:
 * no event type, and no actor, since side_a/side_b do not say who attacked.</li>
 * <li>{@code side_b} "Civilians" is no party: it sets civiliansTargeted.</li>
 * </ul>
 */
final class UcdpGedRows {

    static final List<String> REQUIRED = List.of("relid", "type_of_violence", "conflict_name", "side_a", "side_b",
            "source_article", "source_office", "source_date", "where_prec", "where_coordinates", "adm_1", "latitude",
            "longitude", "country", "date_prec", "date_start", "date_end", "best", "low", "high");

    private static final String CIVILIANS = "Civilians";

    private UcdpGedRows() {
    }

    static ImportedIncident read(Columns.Cells cells, LocalDate importedOn) {
        String relid = cells.name("relid", 100);
        if (relid == null) {
            throw new RowRejected("relid is empty");
        }
        int violence = code(cells, "type_of_violence", 3);
        LocalDate start = cells.isoDate("date_start");
        LocalDate end = cells.isoDate("date_end");
        if (start == null) {
            throw new RowRejected("date_start is empty");
        }
        if (end != null && end.isBefore(start)) {
            throw new RowRejected("date_end %s is before date_start %s".formatted(end, start));
        }
        boolean oneDay = end == null || end.equals(start);
        Integer best = cells.count("best");
        if (best == null) {
            throw new RowRejected("best is empty");
        }
        Integer low = cells.count("low");
        Integer high = cells.count("high");
        // kept as UCDP gives them, even where low is above best or high below it (13 rows of the 23.1 sample)
        String sideAName = cells.name("side_a", 500);
        String sideBName = cells.name("side_b", 500);
        boolean civilians = violence == 3 || CIVILIANS.equalsIgnoreCase(sideBName);
        ImportedIncident.Side sideA = sideAName == null ? null : new ImportedIncident.Side(sideAName, kind(sideAName));
        ImportedIncident.Side sideB = sideBName == null || CIVILIANS.equalsIgnoreCase(sideBName) ? null
                : new ImportedIncident.Side(sideBName, kind(sideBName));
        String country = cells.name("country", 120);
        if (country == null) {
            throw new RowRejected("country is empty");
        }
        ImportedIncident.Where where = new ImportedIncident.Where(cells.name("where_coordinates", 200), cells.name("adm_1", 120),
                country, cells.coordinate("latitude", 90), cells.coordinate("longitude", 180), placePrecision(cells));
        ImportedIncident.Figures figures = new ImportedIncident.Figures(best, low, high, importedOn, DatePrecision.ON_OR_BEFORE,
                "UCDP best estimate (low %s, high %s)".formatted(low, high));
        String article = cells.text("source_article");
        List<ImportedIncident.Cited> sources = article == null ? List.of()
                : List.of(new ImportedIncident.Cited(Texts.cut(article, 500), Texts.cut(cells.text("source_office"), 200),
                        sourceDate(cells)));
        return new ImportedIncident(relid, start, oneDay ? DatePrecision.DAY : DatePrecision.BETWEEN, oneDay ? null : end,
                where, sideA, sideB, violence == 3, violence == 3 ? EventType.VIOLENCE_AGAINST_CIVILIANS : null, null,
                civilians, cells.name("conflict_name", 500), Texts.cut(cells.text("where_description"), 4000), figures, sources);
    }

    /** UCDP codes governments as "Government of X"; every other side of an organised conflict is an armed group. */
    private static PartyKind kind(String name) {
        return name.startsWith("Government of") ? PartyKind.STATE : PartyKind.ARMED_GROUP;
    }

    private static PlacePrecision placePrecision(Columns.Cells cells) {
        return switch (code(cells, "where_prec", 7)) {
            case 1 -> PlacePrecision.EXACT;
            case 2 -> PlacePrecision.NEAR;
            case 3 -> PlacePrecision.ADMIN2;
            case 4 -> PlacePrecision.ADMIN1;
            case 5 -> PlacePrecision.AREA;
            case 6 -> PlacePrecision.COUNTRY;
            default -> PlacePrecision.INTERNATIONAL;
        };
    }

    /** source_date is often empty or not a date at all; only a clean one is kept. */
    private static LocalDate sourceDate(Columns.Cells cells) {
        try {
            return cells.isoDate("source_date");
        } catch (RowRejected notADate) {
            return null;
        }
    }

    static int code(Columns.Cells cells, String column, int max) {
        Integer code = cells.integer(column);
        if (code == null || code < 1 || code > max) {
            throw new RowRejected("%s must be 1 to %d, not %s".formatted(column, max, cells.text(column)));
        }
        return code;
    }
}
