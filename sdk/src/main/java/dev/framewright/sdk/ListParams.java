package dev.framewright.sdk;

/**
 * Paging of a list call (API.md §1.9). {@link #ALL} asks for every item (up to the server's cap of
 * 1000) in one response; {@link #page(int)} asks for one page, and {@link #next(String)} continues
 * with the previous response's {@code nextCursor}.
 *
 * @param limit items per page, 1–200, or {@code null} for all
 * @param cursor the previous page's {@code nextCursor}, or {@code null} for the first page
 */
public record ListParams(Integer limit, String cursor) {
    /** No paging: every item up to the server's cap. */
    public static final ListParams ALL = new ListParams(null, null);

    public ListParams {
        if (limit != null && (limit < 1 || limit > 200)) {
            throw new IllegalArgumentException("limit must be 1–200, was " + limit);
        }
    }

    /** The first page of {@code limit} items. */
    public static ListParams page(int limit) {
        return new ListParams(limit, null);
    }

    /** The page after the one whose {@code nextCursor} is {@code cursor}, with the same limit. */
    public ListParams next(String cursor) {
        return new ListParams(limit, cursor);
    }
}
