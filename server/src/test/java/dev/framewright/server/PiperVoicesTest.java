package dev.framewright.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewright.core.executions.ToolFailure;
import dev.framewright.engines.audio.WavFile;
import dev.framewright.engines.process.Subprocess;
import dev.framewright.engines.speech.PiperEngine;
import dev.framewright.engines.speech.SpeechEngine;
import dev.framewright.engines.speech.SpeechVoice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * User-supplied Piper voices, on a generated model with Piper's exact signature ({@link PiperFixture}:
 * no real voice can be obtained offline): listed in the catalogue, spoken through text-to-speech with
 * the phoneme ids Piper would feed, speed through the length scale, one voice per speaker with its
 * {@code sid}, and broken voices skipped.
 */
class PiperVoicesTest {
    private static final String SOLO = "vg_voic_piper_en_us_fixture_medium";
    private static final Duration TIMEOUT = Duration.ofMinutes(1);
    /** The text-to-speech tool keeps 50 ms of silence at each end of the track. */
    private static final double EDGES = 0.10;

    private static final Offset<Double> CLOSE = Offset.offset(0.012);

    @TempDir
    static Path data;

    static Path voices;
    static TestServer s;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Subprocess.which("ffmpeg").isPresent(), "ffmpeg is not installed (apt-get install ffmpeg)");
        assumeTrue(Subprocess.which("espeak-ng").isPresent(), "espeak-ng is not installed (apt-get install espeak-ng)");
        voices = data.resolve("piper-voices");
        PiperFixture.write(voices, "en_US-fixture-medium", "fixture", Map.of());
        Map<String, Integer> speakers = new LinkedHashMap<>();
        speakers.put("alto", 0);
        speakers.put("bass", 1);
        speakers.put("tenor", 2);
        PiperFixture.write(voices, "en_US-chorus-medium", "chorus", speakers);
        Files.write(voices.resolve("broken.onnx"), PiperFixture.model(false));
        Files.writeString(voices.resolve("broken.onnx.json"), "{\"audio\": {\"sample_rate\": ");
        Files.write(voices.resolve("lonely.onnx"), PiperFixture.model(false)); // no config beside it
        s = TestServer.start(
                data.resolve("server"), "--piper-voices-dir", voices.toString(), "--tts-output-format", "wav");
    }

    @AfterAll
    static void stop() {
        if (s != null) {
            s.close();
        }
    }

    @Test
    void theVoicesAreListedOnePerSpeakerAndBrokenOnesSkipped() {
        JsonNode list = s.get("/v1/resources/tts-voices").json().get("ttsVoices");
        List<String> piper = new ArrayList<>();
        list.forEach(v -> {
            if (v.get("voiceId").asText().startsWith("vg_voic_piper_")) {
                piper.add(v.get("voiceId").asText());
            }
        });
        assertThat(piper)
                .containsExactly(
                        "vg_voic_piper_en_us_chorus_medium_alto",
                        "vg_voic_piper_en_us_chorus_medium_bass",
                        "vg_voic_piper_en_us_chorus_medium_tenor",
                        SOLO);
        JsonNode solo = list.get(3);
        assertThat(solo.get("voiceId").asText()).isEqualTo(SOLO);
        assertThat(solo.get("displayName").asText()).isEqualTo("fixture, medium quality (Piper)");
        assertThat(solo.get("languageCode").asText()).isEqualTo("en-US");
        assertThat(solo.get("displayGender").asText()).isEqualTo("NEUTRAL");
        assertThat(solo.get("description").asText()).startsWith("User-supplied Piper neural voice");
        assertThat(solo.get("supportsDirectToolExecution").asBoolean()).isTrue();
        assertThat(list.get(0).get("voiceId").asText())
                .as("user-supplied neural voices come before the bundled engines")
                .isEqualTo("vg_voic_piper_en_us_chorus_medium_alto");

        JsonNode tts = s.get("/v1/resources/engines").json().get("engines").get(2);
        assertThat(tts.get("capability").asText()).isEqualTo("TEXT_TO_SPEECH");
        assertThat(tts.get("details").get("engines").asText()).contains("piper (4 voices)");
    }

    @Test
    void speechHasTheLengthOfThePhonemeIdsPiperFeeds() throws Exception {
        long[] expected = expectedIds("Hello world", '.');
        double seconds = speak(SOLO, "Hello world.", 1.0) - EDGES;
        assertThat(seconds)
                .isCloseTo(expected.length * PiperFixture.SAMPLES_PER_ID / (double) PiperFixture.RATE, CLOSE);
        double fast = speak(SOLO, "Hello world.", 2.0) - EDGES;
        assertThat(fast)
                .as("speed halves the length scale")
                .isCloseTo(Math.floor(expected.length * PiperFixture.SAMPLES_PER_ID * 0.5) / PiperFixture.RATE, CLOSE);
    }

    @Test
    void eachSpeakerIsItsOwnSid() throws Exception {
        double alto = speak("vg_voic_piper_en_us_chorus_medium_alto", "Hi.", 1.0) - EDGES;
        double tenor = speak("vg_voic_piper_en_us_chorus_medium_tenor", "Hi.", 1.0) - EDGES;
        assertThat(alto).isCloseTo(13 * PiperFixture.SAMPLES_PER_ID / (double) PiperFixture.RATE, CLOSE);
        assertThat(tenor)
                .as("the fixture stretches by sid + 1: sid 2 was passed")
                .isCloseTo(3 * alto, CLOSE);
    }

    @Test
    void theEngineFeedsExactlyPipersIds(@TempDir Path work) throws Exception {
        PiperEngine engine = new PiperEngine(voices, TIMEOUT);
        SpeechEngine.Discovery found = engine.discover();
        SpeechVoice solo = found.voices().stream()
                .filter(v -> v.id().equals(SOLO))
                .findFirst()
                .orElseThrow();
        List<SpeechEngine.Part> parts =
                engine.synthesize(solo, List.of("Hi.", "Hello, world. Hi"), 1.0, work, i -> {}, () -> false);
        assertThat(parts).allMatch(SpeechEngine.Part::speedApplied);
        // hand-checked: "Hi." is h ˈ a ɪ . in eSpeak NG's IPA
        assertThat(PiperFixture.ids(WavFile.read(parts.get(0).wav()).samples()))
                .containsExactly(1, 0, 20, 0, 120, 0, 14, 0, 74, 0, 10, 0, 2);
        long[] first = expectedIds("Hello", ',');
        long[] second = expectedIds("world", '.');
        long[] third = expectedIds("Hi", (char) 0);
        long[] sentence1 = new long[first.length + second.length - 3];
        // one sentence "Hello, world.": the comma adds ", " and the clauses share one ^ … $
        System.arraycopy(first, 0, sentence1, 0, first.length - 1);
        System.arraycopy(second, 2, sentence1, first.length - 1, second.length - 2);
        long[] both = concat(sentence1, third);
        assertThat(PiperFixture.ids(WavFile.read(parts.get(1).wav()).samples())).containsExactly(both);

        assertThat(WavFile.read(engine.synthesize(solo, List.of("Hi."), 0.5, work, i -> {}, () -> false)
                                .getFirst()
                                .wav())
                        .samples())
                .as("speed 0.5 doubles the length scale")
                .hasSize(2 * 13 * PiperFixture.SAMPLES_PER_ID);
        assertThatThrownBy(() -> engine.synthesize(solo, List.of("Hi."), 1.0, work, i -> {}, () -> true))
                .isInstanceOf(ToolFailure.class);
    }

    @Test
    void anEmptyOrMissingFolderHasNoVoices(@TempDir Path empty) {
        assertThat(new PiperEngine(empty, TIMEOUT).discover().voices()).isEmpty();
        assertThat(new PiperEngine(empty.resolve("absent"), TIMEOUT).discover().voices())
                .isEmpty();
    }

    /** Seconds of the stored (WAV) speech of one execution. */
    private static double speak(String voice, String text, double speed) throws InterruptedException {
        TestServer.Res started = s.post(
                "/v1/tools/text-to-speech",
                "{\"ttsText\":\"" + text + "\",\"voiceId\":\"" + voice + "\",\"voiceSpeed\":" + speed + "}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        JsonNode e = s.awaitTerminal(started.json().get("toolExecutionId").asText(), Duration.ofMinutes(1));
        assertThat(e.get("status").asText()).as(e.toString()).isEqualTo("succeeded");
        JsonNode file = s.get(
                        "/v1/files/" + e.get("results").get(0).get("fileId").asText())
                .json();
        return file.get("durationSeconds").asDouble();
    }

    /**
     * The ids of one clause worked out here from eSpeak NG's IPA: ^ _ then each phoneme of the
     * default map and _ , then the terminator (and a space after a comma) and $.
     */
    private static long[] expectedIds(String clause, char terminator) throws Exception {
        List<String> lines = new ArrayList<>();
        Subprocess.of("espeak-ng", "-q", "--ipa", "-v", "en-us", clause)
                .onStdoutLine(lines::add)
                .run();
        String phonemes = Normalizer.normalize(String.join("", lines).strip(), Normalizer.Form.NFD)
                + (terminator == 0 ? "" : terminator == ',' ? ", " : String.valueOf(terminator));
        List<Long> ids = new ArrayList<>(List.of(1L, 0L));
        phonemes.codePoints().forEach(cp -> {
            int id = PiperFixture.SYMBOL_ORDER.codePoints().boxed().toList().indexOf(cp);
            if (id >= 0) {
                ids.add((long) id);
                ids.add(0L);
            }
        });
        ids.add(2L);
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    private static long[] concat(long[] a, long[] b) {
        long[] out = new long[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
