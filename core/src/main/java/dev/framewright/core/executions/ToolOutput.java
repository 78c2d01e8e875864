package dev.framewright.core.executions;

import dev.framewright.contract.FileType;
import java.nio.file.Path;

/**
 * One produced result file, inside the run's scratch folder.
 *
 * @param displayNameSuffix appended to the input's name for transforms (e.g. {@code " (upscaled)"}),
 *     or null to use the prompt-derived name
 */
public record ToolOutput(Path file, FileType type, String contentType, String extension, String displayNameSuffix) {}
