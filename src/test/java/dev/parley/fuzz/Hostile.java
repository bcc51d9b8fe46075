package dev.parley.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.parley.fuzz.SchemaModel.TypeRef;

/** What careless and malicious clients send: wrong types, numbers past every range, odd text, nulls, deep nesting. */
final class Hostile {

    static final List<Object> NUMBERS = List.of(2147483648L, -2147483649L, 4294967297L, 4294967296L, 1e10, 1.9999, -0.5,
            Long.MAX_VALUE, new Json.Raw("9223372036854775808"), new Json.Raw("1e400"), new Json.Raw("-0"), 0, -1,
            Integer.MIN_VALUE, Integer.MAX_VALUE, 1e-320);

    static final List<String> TEXTS = List.of("", " ", "\uD800", "\uDC00", "a\uDC00\uD800b", "\u0000", "\uFFFF", "\uFEFF",
            "\u202Eevil", "a\u200Db", "e\u0301\u0301\u0301", "😀🏳️‍🌈", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\\", "\"", "'; drop table talks; --",
            "%_*", "${jndi:x}", "<script>alert(1)</script>", "\r\n\t", "null", "NaN", "Infinity", "1e10", "-1");

    static final List<String> DATES = List.of("1582-10-10", "0000-01-01", "0001-01-01", "-0001-01-01", "+10000-01-01",
            "9999-12-31", "2025-02-30", "2025-13-01", "2025-1-1", "yesterday", "2025-12-21T10:00:00Z", "20251221", "");

    private final Random random;

    Hostile(Random random) {
        this.random = random;
    }

    /** A value that does not fit the type, or fits it only just. */
    Object value(TypeRef type) {
        return switch (random.nextInt(11)) {
            case 0, 1 -> pick(NUMBERS);
            case 2, 3 -> pick(TEXTS);
            case 4 -> pick(DATES);
            case 5 -> null;
            case 6 -> random.nextInt(8) == 0 ? huge() : pick(TEXTS).repeat(1 + random.nextInt(300));
            case 7 -> nested(1 + random.nextInt(300));
            case 8 -> Map.of("unexpected", pick(TEXTS));
            case 9 -> random.nextBoolean();
            default -> new Generated.EnumValue(random.nextBoolean() ? "NOT_A_VALUE" : "true");
        };
    }

    private String huge() {
        String unit = pick(TEXTS);
        return (unit.isEmpty() ? "x" : unit).repeat(1 + random.nextInt(100_000 / Math.max(1, unit.length() + 1)));
    }

    private Object nested(int depth) {
        Object value = random.nextBoolean() ? 1 : "x";
        for (int i = 0; i < depth; i++) {
            if (random.nextBoolean()) {
                value = List.of(value);
            } else {
                Map<String, Object> wrapper = new LinkedHashMap<>();
                wrapper.put("a", value);
                value = wrapper;
            }
        }
        return value;
    }

    /** The request body with its text damaged: a cut, a doubled or dropped character, a token from elsewhere. */
    String breakText(String body) {
        StringBuilder text = new StringBuilder(body);
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits && text.length() > 0; i++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(6)) {
                case 0 -> text.setLength(at);
                case 1 -> text.deleteCharAt(at);
                case 2 -> text.insert(at, text.charAt(at));
                case 3 -> text.insert(at, pick(List.of("{", "}", "(", ")", "...", "$", "@", "\\u", "\\ud800", "\"", ",", ":")));
                case 4 -> text.insert(at, " query { __typename } ");
                default -> text.replace(at, Math.min(text.length(), at + 3), "" + (char) random.nextInt(0x3000));
            }
        }
        return text.toString();
    }

    /** Request bodies of the wrong shape: variables, operationName and extensions of every wrong type. */
    Generated shape() {
        List<Object> odd = new ArrayList<>(List.of(List.of(1, 2), "variables", 42, true, Map.of("a", List.of()),
                new Json.Raw("{\"a\":1,\"a\":2}")));
        odd.add(null);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("query", random.nextInt(5) == 0 ? pick(odd) : "query Q($n: Int) { talks(first: $n) { totalCount } }");
        switch (random.nextInt(4)) {
            case 0 -> request.put("variables", pick(odd));
            case 1 -> request.put("operationName", pick(odd));
            case 2 -> request.put("extensions", pick(odd));
            default -> request.put("variables", Map.of("n", pick(NUMBERS)));
        }
        return new Generated("shape", Json.write(request), false);
    }

    /** Random bytes, as UTF-8 text where they decode and replacement characters where they do not. */
    byte[] bytes() {
        byte[] bytes = new byte[random.nextInt(2000)];
        random.nextBytes(bytes);
        if (bytes.length > 0 && random.nextBoolean()) {
            bytes[0] = '{';
        }
        return bytes;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
