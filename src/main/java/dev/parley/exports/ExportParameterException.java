package dev.parley.exports;

/** A query parameter of an export request that cannot be used; answered with 400 naming it. */
final class ExportParameterException extends RuntimeException {

    final String parameter;

    ExportParameterException(String parameter, String message) {
        super(message, null, false, false);
        this.parameter = parameter;
    }
}
