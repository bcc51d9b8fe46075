package dev.parley.common.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import dev.parley.common.InvalidArgumentException;

/**
 * A position in a keyset-ordered list: the sort value and the id of one row. Cursors name a row,
 * not an offset, so they stay valid while rows are inserted before them.
 */
public record Cursor(String sortValue, long id) {

    private static final String VERSION = "v1";

    public String encode() {
        String raw = VERSION + "|" + id + "|" + (sortValue == null ? "" : sortValue);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String argument, String encoded) {
        if (encoded == null) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|", 3);
            if (parts.length != 3 || !VERSION.equals(parts[0])) {
                throw new IllegalArgumentException(raw);
            }
            return new Cursor(parts[2].isEmpty() ? null : parts[2], Long.parseLong(parts[1]));
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException(
                    "%s is not a cursor issued by this service; use a cursor from pageInfo or edges".formatted(argument));
        }
    }
}
