package dev.framewright.bench;

import dev.framewright.core.executions.Catalog;
import dev.framewright.engines.audio.AudioEncoder;
import dev.framewright.engines.audio.AudioFormat;
import dev.framewright.engines.process.Subprocess;
import dev.framewright.engines.speech.EspeakEngine;
import dev.framewright.engines.speech.FestivalEngine;
import dev.framewright.engines.speech.FliteEngine;
import dev.framewright.engines.speech.SpeechEngine;
import dev.framewright.engines.speech.TextToSpeechTool;
import dev.framewright.engines.speech.VoiceCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Intelligibility and speed of the local voices: ten Harvard sentences (IEEE 1969, list 1) spoken by
 * each voice through {@link TextToSpeechTool} (WAV output), resampled to 16 kHz and transcribed by
 * PocketSphinx ({@code pocketsphinx_continuous}, Debian's US English model); the word error rate is
 * the word-level edit distance to the text over its word count. PocketSphinx itself gets about 30 % of
 * the words of natural read speech wrong, so compare voices side by side, not with zero.
 */
final class SpeechBench {
    static final List<String> HARVARD = List.of(
            "The birch canoe slid on the smooth planks.",
            "Glue the sheet to the dark blue background.",
            "It's easy to tell the depth of a well.",
            "These days a chicken leg is a rare dish.",
            "Rice is often served in round bowls.",
            "The juice of lemons makes fine punch.",
            "The box was thrown beside the parked truck.",
            "The hogs were fed chopped corn and garbage.",
            "Four hours of steady work faced us.",
            "A large size in stockings is hard to sell.");
    static final List<String> VOICES = List.of(
            "vg_voic_en_us_slt_hts", "vg_voic_en_us_kal_diphone", "vg_voic_en_us_slt_flite", "vg_voic_espeak_en_us");

    record Result(String voiceId, double audioSeconds, double synthMs, int words, int errors, String heard) {
        double wer() {
            return errors / (double) words;
        }
    }

    List<Result> run(Path root) throws Exception {
        Duration timeout = Duration.ofMinutes(10);
        List<SpeechEngine> engines =
                List.of(new FestivalEngine(timeout), new FliteEngine(timeout), new EspeakEngine(timeout));
        VoiceCatalog catalog = VoiceCatalog.discover(engines, null, Catalog.EMPTY);
        TextToSpeechTool tool = new TextToSpeechTool(catalog, engines, new AudioEncoder(AudioFormat.WAV, timeout));
        String text = String.join(" ", HARVARD);
        List<Result> out = new ArrayList<>();
        for (String voice : VOICES) {
            if (catalog.speechVoice(voice).isEmpty()) {
                System.out.println("skipping " + voice + ": its engine is not installed");
                continue;
            }
            Path dir = Files.createDirectories(root.resolve("speech-" + voice));
            BenchRun run = new BenchRun(dir, "vg_exec_bench0000000000000000", 0);
            run.input.put("ttsText", text);
            run.input.put("voiceId", voice);
            long t0 = System.nanoTime();
            Path wav = tool.run(run).file();
            double ms = (System.nanoTime() - t0) / 1e6;
            double seconds = (Files.size(wav) - 44) / 2.0 / AudioEncoder.OUTPUT_RATE;
            String heard = transcribe(wav, dir);
            List<String> ref = words(text);
            out.add(new Result(voice, seconds, ms, ref.size(), distance(ref, words(heard)), heard));
        }
        return out;
    }

    /** {@code pocketsphinx_continuous -infile x16k.wav}: the hypothesis lines joined. */
    static String transcribe(Path wav, Path dir) throws Exception {
        Path mono16k = dir.resolve("16k.wav");
        Subprocess.of(
                        "ffmpeg",
                        "-nostdin",
                        "-v",
                        "error",
                        "-y",
                        "-i",
                        wav.toString(),
                        "-ar",
                        "16000",
                        "-ac",
                        "1",
                        mono16k.toString())
                .run();
        StringBuilder heard = new StringBuilder();
        Subprocess.of("pocketsphinx_continuous", "-infile", mono16k.toString(), "-logfn", "/dev/null")
                .timeout(Duration.ofMinutes(10))
                .onStdoutLine(line -> heard.append(line).append(' '))
                .run();
        return heard.toString().trim();
    }

    static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z' ]", " ")
                        .split("\\s+"))
                .filter(w -> !w.isBlank())
                .toList();
    }

    /** Word-level Levenshtein distance (substitutions, insertions, deletions). */
    static int distance(List<String> ref, List<String> hyp) {
        int[] prev = new int[hyp.size() + 1];
        int[] cur = new int[hyp.size() + 1];
        for (int j = 0; j <= hyp.size(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= ref.size(); i++) {
            cur[0] = i;
            for (int j = 1; j <= hyp.size(); j++) {
                int sub = prev[j - 1] + (ref.get(i - 1).equals(hyp.get(j - 1)) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[hyp.size()];
    }

    static void print(List<Result> results) {
        System.out.printf("%nSpeech: %d Harvard sentences per voice, transcribed by PocketSphinx%n", HARVARD.size());
        System.out.println("| voice | audio | synthesis (wall) | real-time factor | WER |");
        System.out.println("|---|---|---|---|---|");
        for (Result r : results) {
            System.out.printf(
                    Locale.ROOT,
                    "| `%s` | %.1f s | %.1f s | %.3f | %.0f %% (%d/%d) |%n",
                    r.voiceId(),
                    r.audioSeconds(),
                    r.synthMs() / 1000,
                    r.synthMs() / 1000 / r.audioSeconds(),
                    100 * r.wer(),
                    r.errors(),
                    r.words());
        }
        for (Result r : results) {
            System.out.println(r.voiceId() + " heard: " + r.heard());
        }
    }
}
