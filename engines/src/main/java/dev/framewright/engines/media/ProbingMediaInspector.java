package dev.framewright.engines.media;

import dev.framewright.contract.FileType;
import dev.framewright.core.files.MediaInfo;
import dev.framewright.core.files.MediaInspector;
import dev.framewright.engines.process.Subprocess;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Identifies a file by its bytes ({@link MediaSniffer}), then probes its size and duration: images
 * through their header (ImageIO; SVG from its {@code width}/{@code height}/{@code viewBox}), audio
 * and video through {@code ffprobe} when it is on the PATH.
 *
 * <p>The type is what the bytes say; the facts are best effort. Width, height and duration are null
 * when they cannot be read: ffprobe is missing, or the content is corrupt (say, a PNG signature
 * followed by garbage). Such a file is still reported with its sniffed type; the caller decides
 * whether missing facts fail it. Image headers only are read, so corrupt pixel data shows up later,
 * when a rendition is made. One refinement: an MP4/MOV or WebM container that ffprobe shows to hold
 * audio but no picture is reported as AUDIO ({@code audio/mp4}, {@code audio/webm}).
 *
 * <p>Thread-safe; the constructor does no I/O. {@link #inspect} runs on the caller's thread and may
 * take up to a minute on a pathological file; an interrupt stops ffprobe and throws {@link
 * java.io.InterruptedIOException}.
 */
public final class ProbingMediaInspector implements MediaInspector {
    private final Supplier<Optional<Path>> ffprobe;

    /** Looks ffprobe up on the PATH at each inspection. */
    public ProbingMediaInspector() {
        this(() -> Subprocess.which("ffprobe"));
    }

    ProbingMediaInspector(Supplier<Optional<Path>> ffprobe) {
        this.ffprobe = ffprobe;
    }

    /** @return empty when the bytes are not a recognised media type (API.md §10.2) */
    @Override
    public Optional<MediaInfo> inspect(Path file) throws IOException {
        Optional<SniffedType> sniffed = MediaSniffer.sniff(file);
        if (sniffed.isEmpty()) {
            return Optional.empty();
        }
        SniffedType type = sniffed.get();
        return Optional.of(type.type() == FileType.IMAGE ? ImageProbe.probe(file, type) : probeAudioVideo(file, type));
    }

    private MediaInfo probeAudioVideo(Path file, SniffedType type) throws IOException {
        Optional<Path> program = ffprobe.get();
        Optional<Ffprobe.Facts> probed = program.isEmpty() ? Optional.empty() : Ffprobe.probe(program.get(), file);
        if (probed.isEmpty()) {
            return type.withFacts(null, null, null);
        }
        Ffprobe.Facts facts = probed.get();
        if (type.type() == FileType.VIDEO && !facts.hasVideo() && facts.hasAudio()) {
            return type.asAudioOnly().withFacts(null, null, facts.durationSeconds());
        }
        if (type.type() == FileType.AUDIO) {
            return type.withFacts(null, null, facts.durationSeconds());
        }
        return type.withFacts(facts.width(), facts.height(), facts.durationSeconds());
    }
}
