package dev.framewright.engines.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.framewright.contract.ErrorCode;
import dev.framewright.contract.Gender;
import dev.framewright.core.executions.Catalog;
import dev.framewright.core.executions.ToolFailure;
import dev.framewright.core.executions.ToolOutput;
import dev.framewright.engines.audio.AudioEncoder;
import dev.framewright.engines.audio.AudioFormat;
import dev.framewright.engines.fixtures.AudioProbe;
import dev.framewright.engines.fixtures.FakeRun;
import dev.framewright.engines.speech.SpeechEngine;
import dev.framewright.engines.speech.SpeechVoice;
import dev.framewright.engines.speech.TextToSpeechTool;
import dev.framewright.engines.speech.VoiceCatalog;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OpenAI-compatible and ElevenLabs connectors against loopback fakes of their protocols. */
class ConnectorsTest {
    @TempDir
    Path dir;

    private FakeAudioServices fake;
    private final ConnectorHttp http = new JdkConnectorHttp(Duration.ofSeconds(5));
    private final AudioEncoder encoder = new AudioEncoder(AudioFormat.MP3, Duration.ofMinutes(1));
    private int runs;

    @BeforeEach
    void start() throws Exception {
        assumeTrue(AudioEncoder.available(), "ffmpeg is not installed (apt-get install ffmpeg)");
        fake = new FakeAudioServices(dir);
    }

    @AfterEach
    void stop() {
        if (fake != null) {
            fake.close();
        }
    }

    private ConnectorSettings settings(String openAiKey, String elevenKey) {
        return new ConnectorSettings(
                fake.url(),
                openAiKey,
                "tts-1",
                List.of("alloy", "nova"),
                fake.url(),
                elevenKey,
                "eleven_multilingual_v2",
                Duration.ofSeconds(20));
    }

    private FakeRun run(String text) throws Exception {
        FakeRun r = new FakeRun(Files.createDirectories(dir.resolve("run-" + runs++)));
        r.input.put("ttsText", text);
        return r;
    }

    private TextToSpeechTool tool(ConnectorSettings s, List<SpeechEngine> engines) {
        return new TextToSpeechTool(VoiceCatalog.discover(engines, null, Catalog.EMPTY), engines, encoder);
    }

    @Test
    void openAiSpeechIsPreferredAndSpokenThroughItsProtocol() throws Exception {
        ConnectorSettings s = settings(FakeAudioServices.OPENAI_KEY, null);
        OpenAiSpeech openAi = new OpenAiSpeech(s, http);
        VoiceCatalog catalog = VoiceCatalog.discover(List.of(openAi), null, Catalog.EMPTY);
        assertThat(catalog.ttsVoices())
                .extracting(v -> v.voiceId())
                .containsExactly("vg_voic_openai_alloy", "vg_voic_openai_nova");
        assertThat(catalog.ttsVoices().get(1).displayGender()).isEqualTo(Gender.FEMALE);
        assertThat(catalog.defaultVoice("fr")).map(Catalog.Voice::voiceId).contains("vg_voic_openai_alloy");
        FakeRun r = run("Bonjour tout le monde.");
        r.input.put("voiceId", "vg_voic_openai_nova");
        r.input.put("voiceSpeed", 1.5);
        ToolOutput out = tool(s, List.of(openAi)).run(r);
        FakeAudioServices.Received req = fake.requests.getLast();
        assertThat(req.method()).isEqualTo("POST");
        assertThat(req.path()).isEqualTo("/v1/audio/speech");
        assertThat(req.header("Authorization")).isEqualTo("Bearer " + FakeAudioServices.OPENAI_KEY);
        assertThat(req.body().get("model").asText()).isEqualTo("tts-1");
        assertThat(req.body().get("input").asText()).isEqualTo("Bonjour tout le monde.");
        assertThat(req.body().get("voice").asText()).isEqualTo("nova");
        assertThat(req.body().get("response_format").asText()).isEqualTo("wav");
        assertThat(req.body().get("speed").asDouble()).isEqualTo(1.5);
        assertThat(AudioProbe.of(out.file()).durationSeconds())
                .as("the service applied the speed: no second stretch here")
                .isCloseTo(0.8 + 0.1, Offset.offset(0.15));
    }

    @Test
    void elevenLabsListsItsVoicesAndSpeaks() throws Exception {
        ConnectorSettings s = settings(null, FakeAudioServices.ELEVEN_KEY);
        ElevenLabsSpeech eleven = new ElevenLabsSpeech(s, http);
        SpeechEngine.Discovery d = eleven.discover();
        assertThat(d.voices())
                .extracting(SpeechVoice::id)
                .containsExactly("vg_voic_elevenlabs_21m00tcm4tlvdq8ikwam", "vg_voic_elevenlabs_pninz6obpgdqgcfmajgb");
        assertThat(d.voices().getFirst().wire().displayName()).isEqualTo("Rachel (ElevenLabs)");
        assertThat(d.voices().getFirst().wire().accent()).isEqualTo("american");
        assertThat(fake.requests.getFirst().header("xi-api-key")).isEqualTo(FakeAudioServices.ELEVEN_KEY);
        FakeRun r = run("Hello there.");
        r.input.put("voiceId", "vg_voic_elevenlabs_21m00tcm4tlvdq8ikwam");
        r.input.put("voiceSpeed", 2.0);
        ToolOutput out = tool(s, List.of(eleven)).run(r);
        FakeAudioServices.Received req = fake.requests.getLast();
        assertThat(req.path()).isEqualTo("/v1/text-to-speech/21m00Tcm4TlvDq8ikWAM");
        assertThat(req.body().get("text").asText()).isEqualTo("Hello there.");
        assertThat(req.body().get("model_id").asText()).isEqualTo("eleven_multilingual_v2");
        assertThat(AudioProbe.of(out.file()).durationSeconds())
                .as("speed applied here: half the tone's length plus the edges")
                .isLessThan(0.7);
    }

    @Test
    void elevenLabsSoundGeneration() throws Exception {
        ElevenLabsSoundTool tool = new ElevenLabsSoundTool(settings(null, FakeAudioServices.ELEVEN_KEY), http, encoder);
        assertThat(tool.probe().available()).isTrue();
        FakeRun r = new FakeRun(Files.createDirectories(dir.resolve("sfx")));
        r.input.put("prompt", "a door slams");
        r.input.put("durationSeconds", 2.5);
        r.input.put("promptInfluence", 0.7);
        ToolOutput out = tool.run(r);
        FakeAudioServices.Received req = fake.requests.getLast();
        assertThat(req.path()).isEqualTo("/v1/sound-generation");
        assertThat(req.body().get("text").asText()).isEqualTo("a door slams");
        assertThat(req.body().get("duration_seconds").asDouble()).isEqualTo(2.5);
        assertThat(req.body().get("prompt_influence").asDouble()).isEqualTo(0.7);
        assertThat(AudioProbe.of(out.file()).codec()).isEqualTo("mp3");
        assertThat(out.description()).isEqualTo("Sound effect generated by ElevenLabs. Prompt: a door slams");
        assertThat(new ElevenLabsSoundTool(settings(null, null), http, encoder)
                        .probe()
                        .reason())
                .isEqualTo("elevenlabs-key is not set");
    }

    @Test
    void errorsBecomeClearFailures() throws Exception {
        OpenAiSpeech wrongKey = new OpenAiSpeech(settings("sk-wrong", null), http);
        FakeRun r = run("Hi.");
        assertThatThrownBy(() -> tool(null, List.of(wrongKey)).run(r)).isInstanceOfSatisfying(ToolFailure.class, f -> {
            assertThat(f.code()).isEqualTo(ErrorCode.ENGINE_FAILED);
            assertThat(f.getMessage())
                    .isEqualTo("The speech service refused the configured key (HTTP 401): Incorrect API key provided");
        });
        fake.failWith(503);
        ElevenLabsSoundTool sfx = new ElevenLabsSoundTool(settings(null, FakeAudioServices.ELEVEN_KEY), http, encoder);
        FakeRun s = new FakeRun(Files.createDirectories(dir.resolve("sfx")));
        s.input.put("prompt", "boom");
        assertThatThrownBy(() -> sfx.run(s)).isInstanceOfSatisfying(ToolFailure.class, f -> {
            assertThat(f.getMessage()).isEqualTo("ElevenLabs failed (HTTP 503): Service overloaded");
            assertThat(f.retryable()).isTrue();
        });
        ConnectorSettings nowhere = new ConnectorSettings(
                URI.create("http://127.0.0.1:1"),
                "k",
                "tts-1",
                List.of("alloy"),
                null,
                null,
                "m",
                Duration.ofSeconds(5));
        FakeRun t = run("Hi.");
        assertThatThrownBy(() ->
                        tool(null, List.of(new OpenAiSpeech(nowhere, http))).run(t))
                .isInstanceOfSatisfying(ToolFailure.class, f -> {
                    assertThat(f.code()).isEqualTo(ErrorCode.ENGINE_UNAVAILABLE);
                    assertThat(f.getMessage()).isEqualTo("The speech service could not be reached");
                });
    }

    @Test
    void aBadElevenLabsKeyLeavesItsVoicesOut() {
        assertThat(new ElevenLabsSpeech(settings(null, "wrong"), http)
                        .discover()
                        .voices())
                .isEmpty();
        assertThat(new ElevenLabsSpeech(settings(null, null), http).discover().voices())
                .isEmpty();
        assertThat(new OpenAiSpeech(
                                new ConnectorSettings(
                                        null, null, "m", List.of("alloy"), null, null, "m", Duration.ofSeconds(1)),
                                http)
                        .discover()
                        .voices())
                .isEmpty();
    }
}
