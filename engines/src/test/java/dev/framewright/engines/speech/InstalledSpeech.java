package dev.framewright.engines.speech;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.framewright.core.executions.Catalog;
import dev.framewright.engines.audio.AudioEncoder;
import dev.framewright.engines.audio.AudioFormat;
import java.time.Duration;
import java.util.List;

/** The engines installed on this machine, discovered once for all tests. */
final class InstalledSpeech {
    static final Duration TIMEOUT = Duration.ofMinutes(2);
    static final List<SpeechEngine> ENGINES =
            List.of(new FestivalEngine(TIMEOUT), new FliteEngine(TIMEOUT), new EspeakEngine(TIMEOUT));
    private static VoiceCatalog catalog;

    private InstalledSpeech() {}

    static synchronized VoiceCatalog catalog() {
        if (catalog == null) {
            catalog = VoiceCatalog.discover(ENGINES, null, Catalog.EMPTY);
        }
        return catalog;
    }

    static SpeechEngine engine(String name) {
        return ENGINES.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    /** Skips the test unless {@code engine} is installed (its Debian package in brackets). */
    static void assumeInstalled(String engine) {
        String pkg =
                switch (engine) {
                    case FestivalEngine.NAME -> "festival festvox-us-slt-hts festvox-kallpc16k";
                    case FliteEngine.NAME -> "flite";
                    default -> "espeak-ng";
                };
        assumeTrue(
                !catalog().engines().get(engine).voices().isEmpty(),
                engine + " is not installed (apt-get install " + pkg + ")");
        assumeTrue(AudioEncoder.available(), "ffmpeg is not installed (apt-get install ffmpeg)");
    }

    static TextToSpeechTool tool(AudioFormat format) {
        return new TextToSpeechTool(catalog(), ENGINES, new AudioEncoder(format, TIMEOUT));
    }
}
