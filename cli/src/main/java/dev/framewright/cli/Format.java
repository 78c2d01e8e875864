package dev.framewright.cli;

import dev.framewright.contract.FileSource;
import dev.framewright.contract.StorageFile;
import java.time.Instant;
import java.util.Map;

/** Human-readable renderings of contract values for the table and key-value output. */
final class Format {
    private Format() {}

    /** Unix seconds as an ISO-8601 UTC instant, or {@code null}. */
    static String time(Long epochSeconds) {
        return epochSeconds == null ? null : Instant.ofEpochSecond(epochSeconds).toString();
    }

    /** A source's status with its size and dimensions when known, e.g. {@code ready 640x480 12.3 KB}. */
    static String source(FileSource s) {
        if (s == null || s.status() == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(s.status().wire());
        if (s.width() != null && s.height() != null) {
            b.append(' ').append(s.width()).append('x').append(s.height());
        }
        if (s.fileBytes() != null) {
            b.append(' ').append(bytes(s.fileBytes()));
        }
        return b.toString();
    }

    static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        if (n < 1024 * 1024) {
            return String.format("%.1f KB", n / 1024.0);
        }
        if (n < 1024L * 1024 * 1024) {
            return String.format("%.1f MB", n / (1024.0 * 1024));
        }
        return String.format("%.1f GB", n / (1024.0 * 1024 * 1024));
    }

    /** The fields of a file for {@code files get}. */
    static Map<String, Object> file(StorageFile f) {
        Map<String, Object> m = Output.fields();
        m.put("fileId", f.fileId());
        m.put("displayName", f.displayName());
        m.put("type", f.type());
        m.put("scope", f.scope());
        m.put("durationSeconds", f.durationSeconds());
        m.put("download", source(f.downloadSource()));
        m.put("preview", source(f.previewSource()));
        m.put("thumbnail", source(f.thumbnailSource()));
        m.put("hls", source(f.hlsSource()));
        m.put(
                "downloadUrl",
                f.downloadSource() == null ? null : f.downloadSource().url());
        m.put("publicPreview", f.isPublicPreviewEnabled() ? "enabled" : "disabled");
        m.put("publicPlaybackId", f.publicPlaybackId());
        m.put("publicHlsUrl", f.publicHlsUrl());
        m.put("description", f.description());
        m.put("sourceToolType", f.sourceToolType());
        m.put("sourceToolExecutionId", f.sourceToolExecutionId());
        return m;
    }
}
