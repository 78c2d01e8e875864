package dev.framewright.core;

import java.util.List;

/** One page of a keyset-paged list (API.md §1.9). {@code nextCursor} is null when nothing follows. */
public record Page<T>(List<T> items, boolean hasMore, String nextCursor) {
    public Page {
        items = List.copyOf(items);
    }
}
