package dev.framewright.engines.video;

import dev.framewright.core.executions.EngineInfo;
import dev.framewright.engines.process.Subprocess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Checks that ffmpeg is installed with the filters an engine needs, and reads its progress lines. */
public final class FfmpegFilters {
    private FfmpegFilters() {}

    public static EngineInfo probe(String engine, List<String> filters, Map<String, String> details) {
        if (Subprocess.which("ffmpeg").isEmpty()) {
            return EngineInfo.unavailable(engine, null, "LGPL-2.1+/GPL-2+ (ffmpeg)", "ffmpeg is not installed");
        }
        try {
            Process p = new ProcessBuilder("ffmpeg", "-hide_banner", "-filters")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            List<String> missing = new ArrayList<>();
            for (String f : filters) {
                if (!out.matches("(?s).*\\s" + f + "\\s.*")) {
                    missing.add(f);
                }
            }
            if (!missing.isEmpty()) {
                return EngineInfo.unavailable(
                        engine, version(), "LGPL-2.1+/GPL-2+ (ffmpeg)", "ffmpeg lacks the filters " + missing);
            }
            Map<String, String> d = new HashMap<>(details);
            return EngineInfo.available(engine, version(), "LGPL-2.1+/GPL-2+ (ffmpeg)", d);
        } catch (IOException e) {
            return EngineInfo.unavailable(engine, null, "LGPL-2.1+/GPL-2+ (ffmpeg)", "ffmpeg could not be run");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return EngineInfo.unavailable(engine, null, "LGPL-2.1+/GPL-2+ (ffmpeg)", "probe interrupted");
        }
    }

    private static String version() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("ffmpeg", "-hide_banner", "-version")
                .redirectErrorStream(true)
                .start();
        String first = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .lines()
                .findFirst()
                .orElse("");
        p.waitFor(20, TimeUnit.SECONDS);
        String[] parts = first.split(" ");
        return parts.length > 2 ? parts[2] : first;
    }

    static Optional<Double> outTimeSeconds(String line) {
        if (line.startsWith("out_time_us=") || line.startsWith("out_time_ms=")) {
            try {
                long us = Long.parseLong(line.substring(line.indexOf('=') + 1).trim());
                return Optional.of(us / 1_000_000.0);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The first video stream's frame rate as ffprobe reports it ({@code 30000/1001}), else 25. */
    static String frameRate(java.nio.file.Path in)
            throws dev.framewright.core.executions.ToolFailure, InterruptedException {
        List<String> lines = new ArrayList<>();
        Subprocess.of(
                        "ffprobe",
                        "-v",
                        "error",
                        "-select_streams",
                        "v:0",
                        "-show_entries",
                        "stream=r_frame_rate",
                        "-of",
                        "csv=p=0",
                        in.toString())
                .timeout(java.time.Duration.ofMinutes(1))
                .onStdoutLine(lines::add)
                .run();
        return lines.isEmpty() || !lines.getFirst().matches("\\d+(/\\d+)?")
                ? "25"
                : lines.getFirst().strip();
    }

    /**
     * Runs {@code ffmpeg -hide_banner -nostdin -y -loglevel error <args>} (the last argument is the
     * output), killed on cancel or after {@code timeout}; its {@code -progress} over {@code duration}
     * seconds is reported as {@code from … from + span}.
     */
    static void run(
            dev.framewright.core.executions.ToolContext ctx,
            List<String> args,
            java.time.Duration timeout,
            double duration,
            double from,
            double span)
            throws dev.framewright.core.executions.ToolFailure, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("ffmpeg", "-hide_banner", "-nostdin", "-y", "-loglevel", "error"));
        cmd.addAll(args.subList(0, args.size() - 1));
        cmd.addAll(List.of("-progress", "pipe:1", "-nostats", args.getLast()));
        Subprocess.of(cmd)
                .timeout(timeout)
                .cancelledWhen(ctx::cancelled)
                .onStdoutLine(line -> {
                    if (duration > 0) {
                        outTimeSeconds(line).ifPresent(s -> ctx.progress(from + span * Math.min(1, s / duration)));
                    }
                })
                .run();
    }
}
