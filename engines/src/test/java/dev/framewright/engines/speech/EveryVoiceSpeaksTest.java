package dev.framewright.engines.speech;

import static org.assertj.core.api.Assertions.assertThat;

import dev.framewright.engines.audio.Pcm;
import dev.framewright.engines.audio.WavFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every voice of the catalogue speaks a few words: audible, of a plausible length. A voice of an
 * engine that is not installed is not in the catalogue; an engine that is missing is reported as
 * skipped with the package to install.
 */
class EveryVoiceSpeaksTest {
    private static final List<String> WORDS = List.of("Hello, one two three.");

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> festival() {
        return voicesOf(FestivalEngine.NAME);
    }

    @TestFactory
    Stream<DynamicTest> flite() {
        return voicesOf(FliteEngine.NAME);
    }

    @TestFactory
    Stream<DynamicTest> espeak() {
        return voicesOf(EspeakEngine.NAME);
    }

    private Stream<DynamicTest> voicesOf(String engine) {
        InstalledSpeech.assumeInstalled(engine);
        List<SpeechVoice> voices =
                InstalledSpeech.catalog().engines().get(engine).voices();
        List<DynamicTest> tests = new ArrayList<>();
        for (SpeechVoice v : voices) {
            tests.add(DynamicTest.dynamicTest(v.id(), () -> speaks(engine, v)));
        }
        return tests.stream();
    }

    private void speaks(String engine, SpeechVoice v) throws Exception {
        Path out = Files.createDirectories(dir.resolve(v.id()));
        List<SpeechEngine.Part> parts =
                InstalledSpeech.engine(engine).synthesize(v, WORDS, 1.0, out, i -> {}, () -> false);
        Pcm pcm = WavFile.read(parts.getFirst().wav());
        assertThat(pcm.seconds()).as(v.id() + " length").isBetween(0.4, 6.0);
        double sum = 0;
        for (float s : pcm.samples()) {
            sum += s * (double) s;
        }
        double rmsDb = 10 * Math.log10(sum / pcm.samples().length);
        assertThat(rmsDb).as(v.id() + " is audible").isGreaterThan(-45);
    }
}
