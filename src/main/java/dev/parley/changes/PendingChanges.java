package dev.parley.changes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The records one transaction wrote, one entry per record however often it was written: created wins over
 * retracted, retracted over revised, so a record created and then given its first casualty report in the same
 * transaction shows up once, as CREATED.
 */
final class PendingChanges {

    record Key(String recordType, long recordId) {
    }

    private final Map<Key, RecordChangeKind> kinds = new LinkedHashMap<>();

    /** Per incident: whether this transaction wrote its row through the entity (then Hibernate moved updated_at). */
    private final Map<Long, Boolean> incidentRowWritten = new LinkedHashMap<>();

    void add(String recordType, long recordId, RecordChangeKind kind, boolean rowWritten) {
        kinds.merge(new Key(recordType, recordId), kind, PendingChanges::stronger);
        if (ChangeFeedListener.INCIDENT.equals(recordType)) {
            incidentRowWritten.merge(recordId, rowWritten, Boolean::logicalOr);
        }
    }

    boolean isEmpty() {
        return kinds.isEmpty();
    }

    Map<Key, RecordChangeKind> entries() {
        return kinds;
    }

    List<Long> incidentsToTouch() {
        List<Long> ids = new ArrayList<>();
        incidentRowWritten.forEach((id, written) -> {
            if (!written) {
                ids.add(id);
            }
        });
        return ids;
    }

    private static RecordChangeKind stronger(RecordChangeKind a, RecordChangeKind b) {
        return rank(a) <= rank(b) ? a : b;
    }

    private static int rank(RecordChangeKind kind) {
        return switch (kind) {
            case CREATED -> 0;
            case RETRACTED -> 1;
            case REVISED -> 2;
        };
    }
}
