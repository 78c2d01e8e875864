package dev.framewright.engines.speech;

import dev.framewright.core.executions.ToolFailure;
import dev.framewright.engines.process.Subprocess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * eSpeak NG ({@code espeak-ng}, Debian): over a hundred languages, one fast process per part. It
 * reports no phone timings here. Speed is applied by the caller (its own {@code -s} rate does not
 * stretch pauses in proportion).
 */
public final class EspeakEngine implements SpeechEngine {
    static final String NAME = "espeak-ng";
    private static final String LICENSE = "GPL-3.0-or-later (eSpeak NG)";

    private final Duration timeout;

    public EspeakEngine(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int maxPartChars() {
        return 1000;
    }

    @Override
    public Discovery discover() {
        return LocalDiscovery.once(NAME, this::find);
    }

    private Discovery find() {
        if (!Programs.installed("espeak-ng")) {
            return Discovery.none();
        }
        List<EspeakVoices.Row> languages = EspeakVoices.parse(Programs.lines(List.of("espeak-ng", "--voices")));
        List<EspeakVoices.Row> variants = EspeakVoices.parse(Programs.lines(List.of("espeak-ng", "--voices=variant")));
        String version = Programs.version(List.of("espeak-ng", "--version")).orElse(null);
        return new Discovery(version, LICENSE, EspeakVoices.voices(languages, variants));
    }

    @Override
    public List<Part> synthesize(
            SpeechVoice voice,
            List<String> parts,
            double speed,
            Path dir,
            IntConsumer partDone,
            BooleanSupplier cancelled)
            throws ToolFailure, InterruptedException {
        List<Part> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Path text = dir.resolve("part-" + i + ".txt");
            Path wav = dir.resolve("part-" + i + ".wav");
            FliteEngine.write(text, parts.get(i));
            Subprocess.of(
                            "espeak-ng",
                            "-b",
                            "1",
                            "-v",
                            voice.engineVoice(),
                            "-f",
                            text.toString(),
                            "-w",
                            wav.toString())
                    .workingDir(dir)
                    .timeout(timeout)
                    .cancelledWhen(cancelled)
                    .run();
            out.add(new Part(wav, List.of(), false));
            partDone.accept(i);
        }
        return out;
    }
}
