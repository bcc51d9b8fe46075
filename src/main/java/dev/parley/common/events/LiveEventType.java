package dev.parley.common.events;

/**
 * How one kind of live event crosses from one instance to the others: as the id of its record,
 * reloaded on the receiving side. One bean per event type.
 */
public interface LiveEventType<E extends LiveEvent> {

    Class<E> type();

    long recordId(E event);

    /** Called inside a transaction on the receiving instance; null when the record is gone. */
    E reload(long recordId);
}
