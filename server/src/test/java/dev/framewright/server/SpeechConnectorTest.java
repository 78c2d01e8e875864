package dev.framewright.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.framewright.engines.audio.Pcm;
import dev.framewright.engines.audio.WavFile;
import dev.framewright.engines.process.Subprocess;
import dev.framewright.server.config.ConfigException;
import dev.framewright.server.http.Json;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A configured OpenAI-compatible speech service is preferred: its voices come first and serve by default. */
class SpeechConnectorTest {
    @TempDir
    Path dir;

    private HttpServer fake;
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startFake() throws Exception {
        assumeTrue(Subprocess.which("ffmpeg").isPresent(), "ffmpeg is not installed (apt-get install ffmpeg)");
        float[] tone = new float[24000];
        for (int i = 0; i < tone.length; i++) {
            tone[i] = (float) (0.3 * Math.sin(2 * Math.PI * 330 * i / 24000.0));
        }
        Path wav = dir.resolve("tone.wav");
        WavFile.write(wav, new Pcm(tone, 24000));
        byte[] audio = Files.readAllBytes(wav);
        fake = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        fake.createContext("/v1/audio/speech", x -> {
            received.add(Json.MAPPER.readTree(x.getRequestBody().readAllBytes()));
            boolean key = "Bearer sk-local".equals(x.getRequestHeaders().getFirst("Authorization"));
            x.getResponseHeaders().add("Content-Type", key ? "audio/wav" : "application/json");
            byte[] body = key ? audio : "{\"error\":{\"message\":\"bad key\"}}".getBytes();
            x.sendResponseHeaders(key ? 200 : 401, body.length);
            x.getResponseBody().write(body);
            x.close();
        });
        fake.start();
    }

    @AfterEach
    void stopFake() {
        if (fake != null) {
            fake.stop(0);
        }
    }

    @Test
    void theServiceVoicesComeFirstAndSpeakByDefault() throws Exception {
        String url = "http://127.0.0.1:" + fake.getAddress().getPort();
        try (TestServer s = TestServer.start(
                dir.resolve("data"),
                "--openai-speech-url",
                url,
                "--openai-speech-key",
                "sk-local",
                "--openai-speech-voices",
                "alloy,nova",
                "--outbound-allow-private",
                "true")) {
            JsonNode voices = s.get("/v1/resources/tts-voices").json().get("ttsVoices");
            assertThat(voices.get(0).get("voiceId").asText()).isEqualTo("vg_voic_openai_alloy");
            assertThat(voices.get(0).get("supportsAllLanguages").asBoolean()).isTrue();
            assertThat(voices.get(1).get("voiceId").asText()).isEqualTo("vg_voic_openai_nova");
            JsonNode tts = s.get("/v1/resources/engines").json().get("engines").get(2);
            assertThat(tts.get("engine").asText()).isEqualTo("openai-speech");
            String id = s.post(
                            "/v1/tools/text-to-speech",
                            "{\"ttsText\":\"Bonjour à tous.\",\"speechLanguageCode\":\"fr\"}")
                    .json()
                    .get("toolExecutionId")
                    .asText();
            JsonNode e = s.awaitTerminal(id, Duration.ofMinutes(2));
            assertThat(e.get("status").asText()).as(e.toString()).isEqualTo("succeeded");
            assertThat(received).hasSize(1);
            assertThat(received.getFirst().get("voice").asText()).isEqualTo("alloy");
            assertThat(received.getFirst().get("input").asText()).isEqualTo("Bonjour à tous.");
            assertThat(received.getFirst().get("response_format").asText()).isEqualTo("wav");
        }
    }

    @Test
    void theOutboundGuardKeepsConnectorsOffPrivateAddresses() throws Exception {
        String url = "http://127.0.0.1:" + fake.getAddress().getPort();
        try (TestServer s =
                TestServer.start(dir.resolve("data3"), "--openai-speech-url", url, "--openai-speech-key", "sk-local")) {
            String id = s.post("/v1/tools/text-to-speech", "{\"ttsText\":\"Hello.\"}")
                    .json()
                    .get("toolExecutionId")
                    .asText();
            JsonNode e = s.awaitTerminal(id, Duration.ofMinutes(1));
            assertThat(e.get("status").asText()).isEqualTo("failed");
            assertThat(e.get("error").get("code").asText()).isEqualTo("engine_unavailable");
            assertThat(e.get("error").get("message").asText())
                    .startsWith("The speech service is at an address this server may not call: 127.0.0.1");
            assertThat(received).isEmpty();
        }
    }

    @Test
    void aDefaultVoiceThatIsNotInstalledRefusesTheStart() {
        assertThatThrownBy(() -> TestServer.start(dir.resolve("data2"), "--tts-default-voice", "vg_voic_not_here"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("tts-default-voice")
                .hasMessageContaining("vg_voic_not_here");
    }
}
