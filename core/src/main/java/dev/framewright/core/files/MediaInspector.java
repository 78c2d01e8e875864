package dev.framewright.core.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Identifies a file's type from its bytes and probes its dimensions and duration. Thread-safe.
 * Empty means the content is not a recognised media type (API.md §10.2).
 */
public interface MediaInspector {
    Optional<MediaInfo> inspect(Path file) throws IOException;
}
