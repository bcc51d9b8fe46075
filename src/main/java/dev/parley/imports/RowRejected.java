package dev.parley.imports;

/** A row that cannot be imported as it stands: reported with its line and this reason, and written nowhere. */
final class RowRejected extends RuntimeException {

    RowRejected(String reason) {
        super(reason, null, false, false);
    }
}
