package dev.framewright.bench;

import dev.framewright.contract.FileType;
import dev.framewright.contract.ToolType;
import dev.framewright.core.executions.EngineInfo;
import dev.framewright.core.executions.Tool;
import dev.framewright.core.executions.ToolContext;
import dev.framewright.core.executions.ToolOutput;
import dev.framewright.core.files.MediaInfo;
import dev.framewright.core.files.Rendition;
import dev.framewright.core.files.RenditionMaker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The queue benchmarks' internal tool (as {@code upscale-image}): writes 16 bytes, so that a run
 * measures the queue, the stores and the output path rather than an engine. Tells {@code started}
 * the execution id of every run as it begins.
 */
final class TrivialTool implements Tool {
    private final Consumer<String> started;

    TrivialTool(Consumer<String> started) {
        this.started = started;
    }

    @Override
    public ToolType type() {
        return ToolType.UPSCALE_IMAGE;
    }

    @Override
    public EngineInfo probe() {
        return EngineInfo.available("trivial", "1", "Apache-2.0", Map.of());
    }

    @Override
    public ToolOutput run(ToolContext ctx) {
        started.accept(ctx.executionId());
        try {
            Path out = ctx.scratchDir().resolve("out.bin");
            Files.write(out, new byte[16]);
            return new ToolOutput(out, FileType.IMAGE, "image/png", "png", null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renditions do not apply to the trivial output (it is not media). */
    static final class NoRenditions implements RenditionMaker {
        @Override
        public Rendition thumbnail(Path source, MediaInfo info, Path outDir) {
            return Rendition.SKIPPED;
        }

        @Override
        public Rendition preview(Path source, MediaInfo info, Path outDir) {
            return Rendition.SKIPPED;
        }

        @Override
        public Rendition hls(Path source, MediaInfo info, Path outDir) {
            return Rendition.SKIPPED;
        }
    }
}
