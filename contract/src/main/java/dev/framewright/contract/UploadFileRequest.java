package dev.framewright.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code POST /v1/files/upload} (API.md §3.4). {@code displayName} is required (1–255
 * chars); {@code type} defaults to detected; {@code isTemporary} defaults to false. Not validated
 * here: the server validates after the idempotency check.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UploadFileRequest(
        String displayName,
        FileType type,
        @JsonProperty("isTemporary") Boolean isTemporary) {}
