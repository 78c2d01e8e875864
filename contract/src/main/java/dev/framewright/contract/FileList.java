package dev.framewright.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * {@code GET /v1/files}: the team's non-archived files, most recently updated first (API.md §3.1,
 * §1.9). {@code hasMore} and {@code nextCursor} are [ext].
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FileList(List<StorageFile> files, boolean hasMore, String nextCursor) {}
