package dev.parley.imports;

/** Free text that may be longer than its column: cut, with an ellipsis saying so. */
final class Texts {

    private Texts() {
    }

    static String cut(String text, int maxLength) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.length() <= maxLength ? trimmed : trimmed.substring(0, maxLength - 1) + "…";
    }
}
