package dev.framewright.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The 200 body of {@code POST /v1/files/search}, by descending similarity (API.md §3.2). */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SearchFilesResponse(List<SearchResult> results) {}
