package dev.framewright.core;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque keyset cursors (API.md §1.9): base64url of {@code list|filters|sortKey|id}. A cursor from
 * another list or sent with changed filters is rejected with {@code invalid_parameters}.
 */
public record Cursor(String list, String filters, long sortKey, String id) {
    public String encode() {
        String raw = list + "|" + filters + "|" + sortKey + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param expectedList the list this cursor must come from, e.g. {@code files}
     * @param expectedFilters the canonical filters of the current request
     */
    public static Cursor decode(String cursor, String expectedList, String expectedFilters) {
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("cursor is malformed");
        }
        String[] parts = raw.split("\\|", -1);
        if (parts.length != 4) {
            throw ApiException.invalid("cursor is malformed");
        }
        if (!parts[0].equals(expectedList)) {
            throw ApiException.invalid("cursor belongs to another list");
        }
        if (!parts[1].equals(expectedFilters)) {
            throw ApiException.invalid("cursor was issued for different filters");
        }
        try {
            return new Cursor(parts[0], parts[1], Long.parseLong(parts[2]), parts[3]);
        } catch (NumberFormatException e) {
            throw ApiException.invalid("cursor is malformed");
        }
    }
}
