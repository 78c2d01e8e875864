package dev.framewright.core;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Page sizes and cursors of lists (API.md §1.9): without {@code limit} or {@code cursor}, everything up
 * to 1000 items; {@code limit} 1–200 gives one page; a cursor alone gives pages of 50.
 *
 * @param limit items to return
 * @param after the decoded cursor, or null
 */
public record Paging(int limit, Cursor after, String list, String filters) {
    public static final int UNPAGED_CAP = 1000;
    public static final int DEFAULT_PAGE = 50;
    public static final int MAX_PAGE = 200;

    /**
     * @param limitParam the raw {@code limit} query value or null
     * @param cursorParam the raw {@code cursor} query value or null
     */
    public static Paging of(String limitParam, String cursorParam, String list, String filters) {
        return of(limitParam, cursorParam, list, filters, UNPAGED_CAP);
    }

    /** As {@link #of(String, String, String, String)}, with {@code unpagedCap} items when unpaged. */
    public static Paging of(String limitParam, String cursorParam, String list, String filters, int unpagedCap) {
        Cursor after = cursorParam == null || cursorParam.isEmpty() ? null : Cursor.decode(cursorParam, list, filters);
        int limit;
        if (limitParam != null && !limitParam.isEmpty()) {
            try {
                limit = Integer.parseInt(limitParam);
            } catch (NumberFormatException e) {
                throw ApiException.invalid("limit must be an integer between 1 and " + MAX_PAGE);
            }
            if (limit < 1 || limit > MAX_PAGE) {
                throw ApiException.invalid("limit must be an integer between 1 and " + MAX_PAGE);
            }
        } else {
            limit = after == null ? unpagedCap : DEFAULT_PAGE;
        }
        return new Paging(limit, after, list, filters);
    }

    /**
     * Builds the page from {@code limit + 1} fetched items.
     *
     * @param sortKey the keyset sort value of an item
     * @param id the tie-breaking id of an item
     */
    public <T> Page<T> page(List<T> fetched, ToLongFunction<T> sortKey, Function<T, String> id) {
        if (fetched.size() <= limit) {
            return new Page<>(fetched, false, null);
        }
        List<T> items = fetched.subList(0, limit);
        T last = items.get(items.size() - 1);
        return new Page<>(items, true, new Cursor(list, filters, sortKey.applyAsLong(last), id.apply(last)).encode());
    }
}
