package dev.framewright.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of {@code POST /v1/files/search} (API.md §3.2). {@code query} is required (1–1000 chars);
 * {@code numResults} defaults to 10 (1–100); {@code selfOnly} defaults to false.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SearchFilesRequest(String query, Integer numResults, Boolean selfOnly) {}
