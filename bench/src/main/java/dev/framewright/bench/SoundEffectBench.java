package dev.framewright.bench;

import dev.framewright.engines.audio.AudioEncoder;
import dev.framewright.engines.audio.AudioFormat;
import dev.framewright.engines.sfx.SoundEffectTool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Real-time factor of the procedural sound-effect engine: seconds of sound made per second of wall
 * time, for one prompt of every category at its natural length, through {@link SoundEffectTool} with
 * WAV output (synthesis and the file write, no ffmpeg), median of several runs after a warm-up. A
 * second column adds the MP3 encoding (one ffmpeg run).
 */
final class SoundEffectBench {
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    static final List<String> PROMPTS = List.of(
            "explosion",
            "gunshot",
            "thunder",
            "impact",
            "glass shattering",
            "creaky door",
            "whoosh",
            "laser",
            "UI beep",
            "alarm",
            "coin pickup",
            "power up",
            "car engine",
            "rain",
            "wind",
            "fire",
            "water stream",
            "footsteps",
            "typing",
            "guitar twang",
            "heartbeat",
            "something unrecognisable");

    record Result(String prompt, double seconds, double wavMs, double cpuMs, double mp3Ms) {
        double rtf() {
            return seconds * 1000 / wavMs;
        }

        double rtfCpu() {
            return seconds * 1000 / cpuMs;
        }

        double rtfMp3() {
            return seconds * 1000 / mp3Ms;
        }
    }

    List<Result> run(Path root, int runs) throws Exception {
        SoundEffectTool wav = new SoundEffectTool(new AudioEncoder(AudioFormat.WAV, Duration.ofMinutes(5)));
        SoundEffectTool mp3 = new SoundEffectTool(new AudioEncoder(AudioFormat.MP3, Duration.ofMinutes(5)));
        for (String p : PROMPTS) {
            time(wav, root, p, 0); // warm-up: JIT
        }
        List<Result> out = new ArrayList<>();
        for (String p : PROMPTS) {
            double[] ms = new double[runs];
            double[] cpu = new double[runs];
            double seconds = 0;
            for (int i = 0; i < runs; i++) {
                long c0 = THREADS.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                Path file = time(wav, root, p, i + 1);
                ms[i] = (System.nanoTime() - t0) / 1e6;
                cpu[i] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
                seconds = (Files.size(file) - 44) / 2.0 / AudioEncoder.OUTPUT_RATE;
            }
            long t0 = System.nanoTime();
            time(mp3, root, p, 99);
            out.add(new Result(p, seconds, median(ms), median(cpu), (System.nanoTime() - t0) / 1e6));
        }
        return out;
    }

    private static Path time(SoundEffectTool tool, Path root, String prompt, int index) throws Exception {
        Path dir = Files.createDirectories(root.resolve("sfx-" + index + "-" + prompt.replace(' ', '_')));
        BenchRun run = new BenchRun(dir, "vg_exec_bench0000000000000000", index);
        run.input.put("prompt", prompt);
        run.input.put("promptInfluence", 0.3);
        return tool.run(run).file();
    }

    static void print(List<Result> results, int runs) {
        System.out.printf(
                "%nSound effects: procedural engine, natural lengths, median of %d runs after a warm-up%n", runs);
        System.out.println(
                "| prompt | length | render + WAV (wall) | real-time factor (wall) | (CPU time) | with MP3 (ffmpeg, wall) |");
        System.out.println("|---|---|---|---|---|---|");
        double totalSeconds = 0;
        double totalMs = 0;
        double totalCpu = 0;
        double minRtf = Double.MAX_VALUE;
        for (Result r : results) {
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %.1f s | %.0f ms | %.0f× | %.0f× | %.0f× |%n",
                    r.prompt(),
                    r.seconds(),
                    r.wavMs(),
                    r.rtf(),
                    r.rtfCpu(),
                    r.rtfMp3());
            totalSeconds += r.seconds();
            totalMs += r.wavMs();
            totalCpu += r.cpuMs();
            minRtf = Math.min(minRtf, r.rtf());
        }
        System.out.printf(
                Locale.ROOT,
                "| all | %.1f s | %.0f ms | %.0f× overall, %.0f× slowest | %.0f× | |%n",
                totalSeconds,
                totalMs,
                totalSeconds * 1000 / totalMs,
                minRtf,
                totalSeconds * 1000 / totalCpu);
    }

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }
}
