package dev.framewright.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The 200 body of {@code POST /v1/files/upload} (API.md §3.4): the new file's id and the absolute,
 * signed URL to {@code PUT} the bytes to (§3.5).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UploadFileResponse(String fileId, String uploadUrl) {}
