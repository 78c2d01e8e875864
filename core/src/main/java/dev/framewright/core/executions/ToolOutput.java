package dev.framewright.core.executions;

import dev.framewright.contract.FileType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One produced result file, inside the run's scratch folder.
 *
 * @param displayNameSuffix appended to the input's name for transforms (e.g. {@code " (upscaled)"}),
 *     or null to use the prompt-derived name
 * @param description stored as the file's {@code description} (e.g. which recipe made a sound), or
 *     null
 * @param sidecars extra objects stored beside the file's bytes, under {@code files/<fileId>/<name>}
 *     (e.g. phone timings of speech); they are not renditions and are never served by themselves
 */
public record ToolOutput(
        Path file,
        FileType type,
        String contentType,
        String extension,
        String displayNameSuffix,
        String description,
        List<Sidecar> sidecars) {

    public ToolOutput {
        sidecars = sidecars == null ? List.of() : List.copyOf(sidecars);
        if (sidecars.stream().map(Sidecar::name).distinct().count() != sidecars.size()) {
            throw new IllegalArgumentException("sidecars: names must be distinct");
        }
    }

    public ToolOutput(Path file, FileType type, String contentType, String extension, String displayNameSuffix) {
        this(file, type, contentType, extension, displayNameSuffix, null, List.of());
    }

    /** An output with a description (e.g. an engine saying honestly what made the file). */
    public ToolOutput(
            Path file,
            FileType type,
            String contentType,
            String extension,
            String displayNameSuffix,
            String description) {
        this(file, type, contentType, extension, displayNameSuffix, description, List.of());
    }

    public ToolOutput withDescription(String text) {
        return new ToolOutput(file, type, contentType, extension, displayNameSuffix, text, sidecars);
    }

    public ToolOutput withSidecar(String name, Path path) {
        List<Sidecar> more = new ArrayList<>(sidecars);
        more.add(new Sidecar(name, path));
        return new ToolOutput(file, type, contentType, extension, displayNameSuffix, description, more);
    }

    /**
     * An extra object of a result, e.g. {@code timings.json}.
     *
     * @param name a plain file name that cannot collide with the renditions' names ({@code download.*},
     *     {@code preview.*}, {@code thumbnail.*}, {@code hls/})
     */
    public record Sidecar(String name, Path file) {
        private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}\\.[a-z0-9]{1,8}");

        public Sidecar {
            if (name == null
                    || !NAME.matcher(name).matches()
                    || name.matches("(download|preview|thumbnail|hls)\\..*")) {
                throw new IllegalArgumentException(
                        "sidecar name must be a plain lower-case file name that is not a" + " rendition's: " + name);
            }
            if (file == null) {
                throw new IllegalArgumentException("sidecar file is required");
            }
        }
    }
}
