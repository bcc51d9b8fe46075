package dev.parley.imports;

/** A file refused before any row is imported: the wrong columns, or not CSV at all. HTTP 400 with this code. */
final class ImportRefused extends RuntimeException {

    final String code;

    ImportRefused(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }
}
