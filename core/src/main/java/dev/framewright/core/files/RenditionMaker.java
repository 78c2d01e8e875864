package dev.framewright.core.files;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Builds the derived renditions of a file (API.md §7.3). Each method writes into {@code outDir} and
 * returns the rendition facts with {@code blobKey} set to the produced file's name relative to
 * {@code outDir}, or {@link Rendition#SKIPPED} when the rendition does not apply to the type.
 * {@code outDir} may not exist yet: a maker that writes creates it (a skipped rendition then costs
 * no folder).
 * Throws when the rendition cannot be built; the caller marks it failed without failing the file.
 */
public interface RenditionMaker {
    Rendition thumbnail(Path source, MediaInfo info, Path outDir) throws IOException, InterruptedException;

    Rendition preview(Path source, MediaInfo info, Path outDir) throws IOException, InterruptedException;

    /** Private HLS: playlist {@code index.m3u8} and segments in {@code outDir}. */
    Rendition hls(Path source, MediaInfo info, Path outDir) throws IOException, InterruptedException;
}
