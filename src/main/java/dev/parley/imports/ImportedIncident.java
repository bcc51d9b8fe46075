package dev.parley.imports;

import java.time.LocalDate;
import java.util.List;

import dev.parley.common.DatePrecision;
import dev.parley.incidents.EventType;
import dev.parley.incidents.PlacePrecision;
import dev.parley.incidents.SubEventType;
import dev.parley.parties.PartyKind;

/** One row of a dataset, read and checked, in Parley's terms; nothing in it is guessed beyond what the dataset says. */
record ImportedIncident(
        String externalId,
        LocalDate occurredOn,
        DatePrecision datePrecision,
        LocalDate occurredUntil,
        Where place,
        Side sideA,
        Side sideB,
        boolean sideAIsActor,
        EventType eventType,
        SubEventType subEventType,
        boolean civiliansTargeted,
        String conflictName,
        String notes,
        Figures figures,
        List<Cited> sources) {

    record Where(String name, String admin1, String country, Double latitude, Double longitude, PlacePrecision precision) {
    }

    /** A party by name, and the kind it is given if it has to be created. */
    record Side(String name, PartyKind kind) {
    }

    /** The death toll as the dataset gives it; low and high only where it gives a range. */
    record Figures(Integer killed, Integer killedLow, Integer killedHigh, LocalDate reportedOn, DatePrecision reportedOnPrecision,
            String qualifier) {

        boolean sameAs(Integer otherKilled, Integer otherLow, Integer otherHigh) {
            return java.util.Objects.equals(killed, otherKilled) && java.util.Objects.equals(killedLow, otherLow)
                    && java.util.Objects.equals(killedHigh, otherHigh);
        }
    }

    /** A source the row cites, found by these three or created. */
    record Cited(String title, String publisher, LocalDate publishedOn) {
    }
}
