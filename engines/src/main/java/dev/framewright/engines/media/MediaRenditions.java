package dev.framewright.engines.media;

import dev.framewright.core.files.MediaInfo;
import dev.framewright.core.files.Rendition;
import dev.framewright.core.files.RenditionMaker;
import dev.framewright.engines.process.Subprocess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds the renditions of API.md §7.3 from a file's original bytes:
 *
 * <table>
 *   <caption>Outputs, named relative to {@code outDir}</caption>
 *   <tr><th></th><th>IMAGE</th><th>VIDEO</th><th>AUDIO</th></tr>
 *   <tr><td>thumbnail</td><td>{@code thumbnail.jpg|png}, fits 256²</td><td>{@code thumbnail.jpg}, a frame
 *       10% in, fits 256²</td><td>skipped</td></tr>
 *   <tr><td>preview</td><td>{@code preview.jpg|png}, fits 720², never enlarged</td><td>{@code preview.mp4}
 *       H.264/AAC, short side ≤ 720</td><td>{@code preview.mp3}</td></tr>
 *   <tr><td>hls</td><td>skipped</td><td>{@code index.m3u8} + {@code seg_NNN.ts}</td><td>same, audio
 *       only</td></tr>
 * </table>
 *
 * <p>Images are PNG when they have transparency, else JPEG (quality 0.85); SVG is rasterized to PNG
 * by {@code rsvg-convert}. Audio and video use {@code ffmpeg}. Programs are looked up on the PATH at
 * each call; a missing one fails the rendition with an IOException ("ffmpeg is not installed").
 * Failures leave partial files in {@code outDir}, which the caller discards. The HLS rendition's
 * {@code bytes} counts the playlist and all segments.
 *
 * <p>Thread-safe; the constructor does no I/O. Calls block the caller's thread; an interrupt kills
 * the running program and throws {@link InterruptedException}.
 */
public final class MediaRenditions implements RenditionMaker {
    /** Longest one program may run for one rendition. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);

    private final ImageRenditions images;
    private final VideoRenditions videos;
    private final AudioRenditions audios;

    public MediaRenditions() {
        this(DEFAULT_TIMEOUT);
    }

    /** @param timeout longest one program (ffmpeg, rsvg-convert) may run for one rendition */
    public MediaRenditions(Duration timeout) {
        this(Subprocess::which, timeout);
    }

    MediaRenditions(Function<String, Optional<Path>> lookup, Duration timeout) {
        Programs programs = new Programs(lookup, timeout);
        this.images = new ImageRenditions(new SvgRasterizer(programs));
        this.videos = new VideoRenditions(programs);
        this.audios = new AudioRenditions(programs);
    }

    @Override
    public Rendition thumbnail(Path source, MediaInfo info, Path outDir) throws IOException, InterruptedException {
        return switch (info.type()) {
            case IMAGE -> images.thumbnail(source, info, created(outDir));
            case VIDEO -> videos.thumbnail(source, info, created(outDir));
            case AUDIO -> Rendition.SKIPPED;
        };
    }

    @Override
    public Rendition preview(Path source, MediaInfo info, Path outDir) throws IOException, InterruptedException {
        return switch (info.type()) {
            case IMAGE -> images.preview(source, info, created(outDir));
            case VIDEO -> videos.preview(source, info, created(outDir));
            case AUDIO -> audios.preview(source, created(outDir));
        };
    }

    @Override
    public Rendition hls(Path source, MediaInfo info, Path outDir) throws IOException, InterruptedException {
        return switch (info.type()) {
            case IMAGE -> Rendition.SKIPPED;
            case VIDEO -> videos.hls(source, info, created(outDir));
            case AUDIO -> audios.hls(source, created(outDir));
        };
    }

    private static Path created(Path outDir) throws IOException {
        return Files.createDirectories(outDir);
    }
}
