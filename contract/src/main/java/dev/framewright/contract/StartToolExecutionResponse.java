package dev.framewright.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** The 202 body of every tool starter and of cancel (API.md §2.1, §2.3, §7.8). */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record StartToolExecutionResponse(String toolExecutionId) {}
