package dev.framewright.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** One search hit: cosine similarity clamped to 0..1, and the file (API.md §3.2, §10.6). */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SearchResult(double similarity, StorageFile file) {}
