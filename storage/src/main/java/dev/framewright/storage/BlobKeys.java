package dev.framewright.storage;

import java.util.regex.Pattern;

/**
 * The syntax of blob keys: relative paths of {@code [A-Za-z0-9_.-]} segments joined by {@code /}.
 * Keys never contain {@code ~}, so names with {@code ~} are free for the store's own temporary files.
 */
final class BlobKeys {
    static final int MAX_KEY_LENGTH = 1024;
    static final int MAX_SEGMENT_LENGTH = 255;
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_.-]+");

    private BlobKeys() {}

    /**
     * Returns {@code key} when it is valid.
     *
     * @throws IllegalArgumentException naming the rule the key breaks
     */
    static String requireValid(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("key must not be empty");
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("key must be at most " + MAX_KEY_LENGTH + " characters");
        }
        if (key.startsWith("/")) {
            throw new IllegalArgumentException("key must be relative: " + key);
        }
        for (String segment : key.split("/", -1)) {
            requireValidSegment(key, segment);
        }
        return key;
    }

    private static void requireValidSegment(String key, String segment) {
        if (segment.isEmpty()) {
            throw new IllegalArgumentException("key must not have empty segments: " + key);
        }
        if (segment.equals(".") || segment.equals("..")) {
            throw new IllegalArgumentException("key must not have '.' or '..' segments: " + key);
        }
        if (segment.length() > MAX_SEGMENT_LENGTH) {
            throw new IllegalArgumentException("key segments must be at most " + MAX_SEGMENT_LENGTH + " characters");
        }
        if (!SEGMENT.matcher(segment).matches()) {
            throw new IllegalArgumentException("key segments may only use A-Z a-z 0-9 _ . - : " + key);
        }
    }
}
