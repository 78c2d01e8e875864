package dev.framewright.engines.video;

import dev.framewright.core.executions.ToolFailure;
import dev.framewright.engines.process.Subprocess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/** Whether a media file has an audio stream (ffprobe). */
final class VideoAudio {
    private VideoAudio() {}

    static boolean hasAudio(Path file, BooleanSupplier cancelled) throws ToolFailure, InterruptedException {
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
}
