package dev.framewright.engines.audio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.framewright.core.executions.ToolFailure;
import dev.framewright.engines.process.Subprocess;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Turns a WAV into a finished output file with ffmpeg: optional audio filters (tempo, pitch), optional
 * loudness normalisation to {@value #TARGET_LUFS} LUFS integrated (EBU R128), mono at 44.1 kHz, encoded
 * as the configured {@link AudioFormat}. Outputs are bit-exact (no encoder version in the metadata), so
 * equal input gives equal bytes. Thread-safe.
 *
 * <p>Normalisation measures with {@code loudnorm}'s first pass and then applies one linear gain; when
 * that gain would push peaks over {@value #CEILING_DB} dB, {@code alimiter} holds them there. (The
 * second, dynamic pass of {@code loudnorm} misses its target badly on clips shorter than its 3 s window:
 * a 3 s whisper came out at -31 LUFS instead of -16.)
 */
public final class AudioEncoder {
    public static final int OUTPUT_RATE = 44_100;
    static final double TARGET_LUFS = -16;
    static final double CEILING_DB = -1.5;
    static final String LOUDNORM = "loudnorm=I=-16:TP=-1.5:LRA=11";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AudioFormat format;
    private final Duration timeout;

    public AudioEncoder(AudioFormat format, Duration timeout) {
        this.format = format;
        this.timeout = timeout;
    }

    public AudioFormat format() {
        return format;
    }

    /** Whether ffmpeg can be found (the encoder's only program). */
    public static boolean available() {
        return Subprocess.which("ffmpeg").isPresent();
    }

    /**
     * Encodes {@code wav} into {@code out}.
     *
     * @param filters ffmpeg audio filters applied first, in order (may be empty)
     * @param normalize whether to normalise loudness (skipped for silence, which has no loudness)
     */
    public void encode(Path wav, Path out, List<String> filters, boolean normalize, BooleanSupplier cancelled)
            throws ToolFailure, InterruptedException {
        List<String> chain = new ArrayList<>(filters);
        if (normalize) {
            measure(wav, filters, cancelled).ifPresent(m -> chain.addAll(m.gain()));
        }
        chain.add("aresample=" + OUTPUT_RATE);
        List<String> cmd = new ArrayList<>(base(wav));
        cmd.addAll(List.of("-af", String.join(",", chain), "-ar", String.valueOf(OUTPUT_RATE), "-ac", "1"));
        cmd.addAll(format.ffmpegCodec());
        cmd.addAll(List.of("-map_metadata", "-1", "-fflags", "+bitexact", "-flags:a", "+bitexact"));
        cmd.add("file:" + out.toAbsolutePath());
        Subprocess.of(cmd).timeout(timeout).cancelledWhen(cancelled).run();
    }

    /** The first loudnorm pass; empty when the input is silent or ffmpeg printed no measurement. */
    Optional<Loudness> measure(Path wav, List<String> filters, BooleanSupplier cancelled)
            throws ToolFailure, InterruptedException {
        List<String> chain = new ArrayList<>(filters);
        chain.add(LOUDNORM + ":print_format=json");
        List<String> cmd = new ArrayList<>(base(wav));
        cmd.set(cmd.indexOf("error"), "info");
        cmd.addAll(List.of("-af", String.join(",", chain), "-f", "null", "-"));
        String stderr =
                Subprocess.of(cmd).timeout(timeout).cancelledWhen(cancelled).run();
        return Loudness.parse(stderr);
    }

    private static List<String> base(Path wav) {
        return List.of(
                "ffmpeg",
                "-nostdin",
                "-hide_banner",
                "-nostats",
                "-loglevel",
                "error",
                "-y",
                "-i",
                "file:" + wav.toAbsolutePath());
    }

    /** What loudnorm's first pass measured. */
    record Loudness(double inputI, double inputTp) {
        static Optional<Loudness> parse(String stderr) {
            int open = stderr.lastIndexOf('{');
            int close = stderr.lastIndexOf('}');
            if (open < 0 || close < open) {
                return Optional.empty();
            }
            try {
                JsonNode j = JSON.readTree(stderr.substring(open, close + 1));
                Loudness l = new Loudness(num(j, "input_i"), num(j, "input_tp"));
                return Double.isFinite(l.inputI) && Double.isFinite(l.inputTp) && l.inputI > -70
                        ? Optional.of(l)
                        : Optional.empty();
            } catch (IOException e) {
                return Optional.empty();
            }
        }

        /** A gain to the target, with a peak limiter only when the gain alone would exceed the ceiling. */
        List<String> gain() {
            double db = TARGET_LUFS - inputI;
            String volume = String.format(Locale.ROOT, "volume=%.2fdB", db);
            if (inputTp + db <= CEILING_DB) {
                return List.of(volume);
            }
            return List.of(
                    volume,
                    String.format(
                            Locale.ROOT,
                            "alimiter=limit=%.4f:level=false:latency=true:attack=5:release=60",
                            Math.pow(10, CEILING_DB / 20)));
        }

        private static double num(JsonNode j, String field) {
            try {
                return Double.parseDouble(j.path(field).asText("nan"));
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
    }
}
