package dev.framewright.engines.video;

import dev.framewright.core.executions.ToolFailure;
import dev.framewright.engines.process.Subprocess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/** Whether a media file has an audio stream, and how long it lasts (ffprobe). */
public final class VideoAudio {
    private VideoAudio() {}

    public static boolean hasAudio(Path file, BooleanSupplier cancelled) throws ToolFailure, InterruptedException {
        AtomicBoolean found = new AtomicBoolean();
        Subprocess.of(
                        "ffprobe",
                        "-v",
                        "error",
                        "-select_streams",
                        "a",
                        "-show_entries",
                        "stream=index",
                        "-of",
                        "csv=p=0",
                        file.toString())
                .timeout(Duration.ofSeconds(60))
                .cancelledWhen(cancelled)
                .onStdoutLine(line -> found.compareAndSet(false, !line.isBlank()))
                .run();
        return found.get();
    }

    /** The container's duration in seconds, or empty when ffprobe does not know it. */
    public static java.util.OptionalDouble seconds(Path file, BooleanSupplier cancelled)
            throws ToolFailure, InterruptedException {
        java.util.concurrent.atomic.AtomicReference<String> text =
                new java.util.concurrent.atomic.AtomicReference<>("");
        Subprocess.of("ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", file.toString())
                .timeout(Duration.ofSeconds(60))
                .cancelledWhen(cancelled)
                .onStdoutLine(line -> text.compareAndSet("", line.strip()))
                .run();
        try {
            double d = Double.parseDouble(text.get());
            return d > 0 && Double.isFinite(d) ? java.util.OptionalDouble.of(d) : java.util.OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return java.util.OptionalDouble.empty();
        }
    }
}
