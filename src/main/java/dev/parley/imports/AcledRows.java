package dev.parley.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.parley.common.DatePrecision;
import dev.parley.incidents.EventType;
import dev.parley.incidents.PlacePrecision;
import dev.parley.incidents.SubEventType;
import dev.parley.parties.PartyKind;

/**
 * ACLED export rows in Parley's terms. event_type and sub_event_type are Parley's own types; actor1/actor2 are the
 * two sides (ACLED: no direction), and actor1 is the actor only in violence against civilians, where ACLED always
 * codes the perpetrator first. fatalities, dated by the row's timestamp (when ACLED last changed it), is the toll.
 * Not mapped: assoc_actor_*, interaction, iso, region, admin2/3, disorder_type, source_scale, tags.
 */
final class AcledRows {

    static final List<String> REQUIRED = List.of("event_id_cnty", "event_date", "time_precision", "event_type",
            "sub_event_type", "actor1", "inter1", "actor2", "inter2", "civilian_targeting", "country", "admin1", "location",
            "latitude", "longitude", "geo_precision", "source", "notes", "fatalities", "timestamp");

    static final List<String> DELETIONS_REQUIRED = List.of("event_id_cnty", "deleted_timestamp");

    private static final DateTimeFormatter WRITTEN_OUT = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private AcledRows() {
    }

    static ImportedIncident read(Columns.Cells cells, LocalDate importedOn) {
        String id = cells.name("event_id_cnty", 100);
        if (id == null) {
            throw new RowRejected("event_id_cnty is empty");
        }
        LocalDate occurredOn = eventDate(cells);
        int timePrecision = UcdpGedRows.code(cells, "time_precision", 3);
        EventType eventType = enumValue(EventType.class, cells, "event_type");
        SubEventType subEventType = enumValue(SubEventType.class, cells, "sub_event_type");
        Integer fatalities = cells.count("fatalities");
        if (fatalities == null) {
            throw new RowRejected("fatalities is empty");
        }
        String country = cells.name("country", 120);
        if (country == null) {
            throw new RowRejected("country is empty");
        }
        ImportedIncident.Where where = new ImportedIncident.Where(cells.name("location", 200), cells.name("admin1", 120),
                country, cells.coordinate("latitude", 90), cells.coordinate("longitude", 180),
                switch (UcdpGedRows.code(cells, "geo_precision", 3)) {
                    case 1 -> PlacePrecision.EXACT;
                    case 2 -> PlacePrecision.NEAR;
                    default -> PlacePrecision.ADMIN1;
                });
        LocalDate changedOn = changedOn(cells);
        ImportedIncident.Figures figures = changedOn == null
                ? new ImportedIncident.Figures(fatalities, null, null, importedOn, DatePrecision.ON_OR_BEFORE, null)
                : new ImportedIncident.Figures(fatalities, null, null, changedOn, DatePrecision.DAY, null);
        return new ImportedIncident(id, occurredOn, timePrecision == 1 ? DatePrecision.DAY : DatePrecision.AROUND, null, where,
                side(cells, "actor1", "inter1"), side(cells, "actor2", "inter2"), eventType == EventType.VIOLENCE_AGAINST_CIVILIANS,
                eventType, subEventType, cells.text("civilian_targeting") != null, null, Texts.cut(cells.text("notes"), 4000),
                figures, sources(cells));
    }

    /** A deleted event: its id and when ACLED deleted it (epoch seconds). */
    record Deletion(String externalId, OffsetDateTime deletedAt) {
    }

    static Deletion readDeletion(Columns.Cells cells) {
        String id = cells.name("event_id_cnty", 100);
        if (id == null) {
            throw new RowRejected("event_id_cnty is empty");
        }
        return new Deletion(id, epochSeconds(cells, "deleted_timestamp"));
    }

    private static LocalDate eventDate(Columns.Cells cells) {
        String value = cells.required("event_date");
        try {
            return cells.isoDate("event_date");
        } catch (RowRejected notIso) {
            try {
                return Dates.checked("event_date", LocalDate.parse(value, WRITTEN_OUT));
            } catch (DateTimeParseException e) {
                throw new RowRejected("event_date is neither YYYY-MM-DD nor '12 March 2022': '%s'".formatted(Columns.abbreviate(value)));
            }
        }
    }

    private static LocalDate changedOn(Columns.Cells cells) {
        OffsetDateTime changed = epochSeconds(cells, "timestamp");
        return changed == null ? null : changed.toLocalDate();
    }

    private static OffsetDateTime epochSeconds(Columns.Cells cells, String column) {
        String value = cells.text(column);
        if (value == null) {
            return null;
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(value)).atOffset(ZoneOffset.UTC);
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new RowRejected("%s is not a Unix time in seconds: '%s'".formatted(column, Columns.abbreviate(value)));
        }
    }

    /** ACLED's inter codes: 1 state forces; 2 rebels, 3 political and 4 identity militias; 7 civilians are no party. */
    private static ImportedIncident.Side side(Columns.Cells cells, String actorColumn, String interColumn) {
        String name = cells.name(actorColumn, 500);
        if (name == null) {
            return null;
        }
        Integer inter = cells.integer(interColumn);
        if (inter != null && inter == 7) {
            return null;
        }
        PartyKind kind = inter == null ? PartyKind.OTHER : switch (inter) {
            case 1 -> PartyKind.ARMED_FORCE;
            case 2, 3, 4 -> PartyKind.ARMED_GROUP;
            default -> PartyKind.OTHER;
        };
        return new ImportedIncident.Side(name, kind);
    }

    /** ACLED cites outlets by name, separated by semicolons; each is a source (title and publisher its name). */
    private static List<ImportedIncident.Cited> sources(Columns.Cells cells) {
        String value = cells.text("source");
        List<ImportedIncident.Cited> cited = new ArrayList<>();
        if (value != null) {
            for (String outlet : value.split(";")) {
                String name = Texts.cut(outlet, 200);
                if (name != null && cited.stream().noneMatch(c -> c.title().equals(name))) {
                    cited.add(new ImportedIncident.Cited(name, name, null));
                }
            }
        }
        return cited;
    }

    /** "Explosions/Remote violence" is EXPLOSIONS_REMOTE_VIOLENCE: Parley's enums are ACLED's names in capitals. */
    private static <E extends Enum<E>> E enumValue(Class<E> type, Columns.Cells cells, String column) {
        String value = cells.required(column);
        String name = value.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
        if ("EXCESSIVE_FORCE_AGAINST_PROTESTORS".equals(name)) {
            name = "EXCESSIVE_FORCE_AGAINST_PROTESTERS";
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new RowRejected("%s '%s' is not one of ACLED's".formatted(column, Columns.abbreviate(value)));
        }
    }
}
