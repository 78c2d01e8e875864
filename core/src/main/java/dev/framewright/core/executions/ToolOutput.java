package dev.framewright.core.executions;

import dev.framewright.contract.FileType;
import java.nio.file.Path;

/**
 * One produced result file, inside the run's scratch folder.
 *
 * @param displayNameSuffix appended to the input's name for transforms (e.g. {@code " (upscaled)"}),
 *     or null to use the prompt-derived name
 * @param description what the engine says about the file, stored as the output's {@code description}
 *     (API.md §7.2), or null. Engines use it to be honest about what made the file (e.g. "procedural
 *     render, not a diffusion model"); analysis may later replace it.
 */
public record ToolOutput(
        Path file, FileType type, String contentType, String extension, String displayNameSuffix, String description) {

    /** An output without a description. */
    public ToolOutput(Path file, FileType type, String contentType, String extension, String displayNameSuffix) {
        this(file, type, contentType, extension, displayNameSuffix, null);
    }
}
