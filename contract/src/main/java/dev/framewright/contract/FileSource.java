package dev.framewright.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One rendition of a file: thumbnail, preview, download, HLS or the [ext] static public preview
 * (API.md §7.3).
 *
 * <p>{@code url} is set whenever the status is {@code ready}: an absolute, freshly signed URL whose
 * expiry is {@code expiresAt} (Unix seconds; {@code null} for non-expiring public URLs). {@code
 * width}, {@code height} (pixels) and {@code fileBytes} are set when known.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FileSource(
        FileSourceStatus status, String url, Long expiresAt, Integer width, Integer height, Long fileBytes) {

    /** A source that is still being processed. */
    public static FileSource pending() {
        return new FileSource(FileSourceStatus.PENDING, null, null, null, null, null);
    }

    /** A source that does not apply to the file's type. */
    public static FileSource skipped() {
        return new FileSource(FileSourceStatus.SKIPPED, null, null, null, null, null);
    }

    /** A source whose processing failed. */
    public static FileSource failed() {
        return new FileSource(FileSourceStatus.FAILED, null, null, null, null, null);
    }
}
