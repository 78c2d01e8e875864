package dev.framewright.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A file: an upload or a tool output (API.md §7.2).
 *
 * <p>Always set: {@code fileId}, {@code scope} (only {@code GLOBAL} or {@code TEMPORARY} are
 * produced), {@code displayName}, the four sources and {@code isPublicPreviewEnabled}. {@code type}
 * is {@code null} until detected. {@code description} and {@code transcript} come from analysis;
 * {@code durationSeconds} is set for VIDEO and AUDIO once known. {@code publicHlsUrl}, {@code
 * publicPlaybackId} and the [ext] {@code staticPublicPreviewSource} are set while the public preview
 * is enabled. {@code sourceToolType} and {@code sourceToolExecutionId} are set on tool outputs only.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record StorageFile(
        String fileId,
        FileScope scope,
        FileType type,
        String displayName,
        String description,
        Double durationSeconds,
        String transcript,
        FileSource thumbnailSource,
        FileSource previewSource,
        FileSource downloadSource,
        FileSource hlsSource,
        @JsonProperty("isPublicPreviewEnabled") boolean isPublicPreviewEnabled,
        String publicHlsUrl,
        String publicPlaybackId,
        FileSource staticPublicPreviewSource,
        ToolType sourceToolType,
        String sourceToolExecutionId) {}
