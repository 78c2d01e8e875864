package dev.framewright.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One output of a succeeded execution (API.md §7.1). {@code file} is hydrated in GET, SSE and
 * webhooks, and {@code null} in the [ext] execution list.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ToolSuccessResult(String fileId, FileType type, StorageFile file) {}
