package dev.framewright.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewright.engines.process.Subprocess;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * text-to-speech and generate-sound-effect over HTTP on the installed engines: the voice list, the
 * start checks of voiceId and speechLanguageCode, and executions that produce stored audio.
 */
class AudioToolsTest {
    @TempDir
    static Path data;

    static TestServer s;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Subprocess.which("ffmpeg").isPresent(), "ffmpeg is not installed (apt-get install ffmpeg)");
        assumeTrue(Subprocess.which("espeak-ng").isPresent(), "espeak-ng is not installed (apt-get install espeak-ng)");
        s = TestServer.start(data);
    }

    @AfterAll
    static void stop() {
        if (s != null) {
            s.close();
        }
    }

    private static boolean festival() {
        return Subprocess.which("festival").isPresent()
                && Files.isDirectory(Path.of("/usr/share/festival/voices/us/cmu_us_slt_arctic_hts"));
    }

    @Test
    void voiceListShowsTheInstalledVoices() {
        TestServer.Res r = s.get("/v1/resources/tts-voices");
        assertThat(r.status()).isEqualTo(200);
        JsonNode voices = r.json().get("ttsVoices");
        assertThat(voices.size()).isGreaterThan(100);
        assertThat(r.json().get("hasMore").asBoolean()).isFalse();
        assertThat(r.json().get("nextCursor").isNull()).isTrue();
        for (JsonNode v : voices) {
            assertThat(v.get("voiceId").asText()).matches("vg_voic_[a-z0-9_]{1,64}");
            assertThat(v.get("displayName").asText()).isNotBlank();
            assertThat(v.get("languageCode").asText())
                    .matches(
                            "[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\\d{3}))?(-([a-z0-9]{5,8}|\\d[a-z0-9]{3}))*(-x(-[a-z0-9]{1,8})+)?");
            assertThat(v.get("displayGender").asText()).matches("MALE|FEMALE|NEUTRAL");
            assertThat(v.has("accent") && v.has("description")).isTrue();
            assertThat(v.get("supportsDirectToolExecution").asBoolean()).isTrue();
            assertThat(v.get("isDeprecated").asBoolean()).isFalse();
        }
        List<String> ids = new ArrayList<>();
        voices.forEach(v -> ids.add(v.get("voiceId").asText()));
        assertThat(ids).contains("vg_voic_espeak_en_us", "vg_voic_espeak_de", "vg_voic_espeak_es_female");
        if (festival()) {
            JsonNode first = voices.get(0);
            assertThat(first.get("voiceId").asText()).isEqualTo("vg_voic_en_us_slt_hts");
            assertThat(first.get("languageCode").asText()).isEqualTo("en-US");
            assertThat(first.get("displayGender").asText()).isEqualTo("FEMALE");
            assertThat(first.get("accent").asText()).isEqualTo("american");
        }
        assertThat(s.get("/v1/resources/tts-voices?includeDeprecatedVoices=true")
                        .json()
                        .get("ttsVoices"))
                .isEqualTo(voices);
    }

    @Test
    void voiceListPages() {
        JsonNode all = s.get("/v1/resources/tts-voices").json().get("ttsVoices");
        JsonNode first = s.get("/v1/resources/tts-voices?limit=2").json();
        assertThat(first.get("ttsVoices")).containsExactly(all.get(0), all.get(1));
        assertThat(first.get("hasMore").asBoolean()).isTrue();
        JsonNode second = s.get("/v1/resources/tts-voices?limit=2&cursor="
                        + first.get("nextCursor").asText())
                .json();
        assertThat(second.get("ttsVoices")).containsExactly(all.get(2), all.get(3));
        TestServer.Res changed = s.get("/v1/resources/tts-voices?includeDeprecatedVoices=true&cursor="
                + first.get("nextCursor").asText());
        assertThat(changed.status()).isEqualTo(400);
        assertThat(changed.code()).isEqualTo("invalid_parameters");
    }

    @Test
    void startChecksVoiceAndLanguage() {
        int before = s.get("/v1/tools/executions").json().get("executions").size();
        TestServer.Res unknown =
                s.post("/v1/tools/text-to-speech", "{\"ttsText\":\"Hi\",\"voiceId\":\"vg_voic_no_such_voice\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.code()).isEqualTo("invalid_parameters");
        assertThat(unknown.json().get("message").asText())
                .isEqualTo("voiceId: unknown voice or not usable with text-to-speech");
        TestServer.Res mismatch = s.post(
                "/v1/tools/text-to-speech",
                "{\"ttsText\":\"Hola\",\"voiceId\":\"vg_voic_espeak_en_us\",\"speechLanguageCode\":\"es\"}");
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.json().get("message").asText())
                .isEqualTo("speechLanguageCode: the voice does not speak es");
        TestServer.Res nobody =
                s.post("/v1/tools/text-to-speech", "{\"ttsText\":\"Sawubona\",\"speechLanguageCode\":\"zu\"}");
        assertThat(nobody.status()).isEqualTo(400);
        assertThat(nobody.json().get("message").asText()).isEqualTo("speechLanguageCode: no installed voice speaks zu");
        assertThat(s.get("/v1/tools/executions").json().get("executions"))
                .as("nothing was created")
                .hasSize(before);
    }

    @Test
    void textToSpeechProducesStoredSpeech() throws Exception {
        String text = "Framewright speaks. ".repeat(15).strip(); // 299 characters: the name is cut to 255
        String voice = festival() ? "vg_voic_en_us_slt_flite" : "vg_voic_espeak_en_us";
        TestServer.Res started = s.post(
                "/v1/tools/text-to-speech",
                "{\"ttsText\":\"" + text + "\",\"voiceId\":\"" + voice + "\",\"numResults\":2,\"voiceSpeed\":1.5}");
        assertThat(started.status()).isEqualTo(202);
        JsonNode e = s.awaitTerminal(started.json().get("toolExecutionId").asText(), Duration.ofMinutes(3));
        assertThat(e.get("status").asText()).as(e.toString()).isEqualTo("succeeded");
        assertThat(e.get("results")).hasSize(2);
        JsonNode file = s.get(
                        "/v1/files/" + e.get("results").get(0).get("fileId").asText())
                .json();
        assertThat(file.get("type").asText()).isEqualTo("AUDIO");
        assertThat(file.get("displayName").asText()).isEqualTo(text.substring(0, 255));
        assertThat(file.get("durationSeconds").asDouble()).isBetween(3.0, 60.0);
        assertThat(file.get("sourceToolType").asText()).isEqualTo("TEXT_TO_SPEECH");
        assertThat(file.get("previewSource").get("status").asText()).isEqualTo("ready");
        HttpResponse<byte[]> download = s.http.send(
                HttpRequest.newBuilder(
                                s.uri(file.get("downloadSource").get("url").asText()))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).contains("audio/mpeg");
        if (voice.endsWith("_flite")) {
            Path timings = data.resolve("blobs/files/" + file.get("fileId").asText() + "/timings.json");
            assertThat(timings).exists();
            assertThat(Files.readString(timings)).contains("\"voiceId\":\"" + voice + "\"");
        }
    }

    @Test
    void soundEffectsAreGeneratedAndDescribed() throws Exception {
        TestServer.Res started = s.post(
                "/v1/tools/generate-sound-effect",
                "{\"prompt\":\"a distant explosion\",\"durationSeconds\":2.5,\"promptInfluence\":0.8}");
        assertThat(started.status()).isEqualTo(202);
        JsonNode e = s.awaitTerminal(started.json().get("toolExecutionId").asText(), Duration.ofMinutes(2));
        assertThat(e.get("status").asText()).as(e.toString()).isEqualTo("succeeded");
        JsonNode file = s.get(
                        "/v1/files/" + e.get("results").get(0).get("fileId").asText())
                .json();
        assertThat(file.get("type").asText()).isEqualTo("AUDIO");
        assertThat(file.get("displayName").asText()).isEqualTo("a distant explosion");
        assertThat(file.get("description").asText())
                .isEqualTo("Procedural sound effect, recipe: explosion (distant); 2.5 s. Prompt: a distant explosion");
        assertThat(file.get("durationSeconds").asDouble()).isBetween(2.4, 2.7);
    }

    @Test
    void enginesReportTheAudioEngines() {
        JsonNode engines = s.get("/v1/resources/engines").json().get("engines");
        JsonNode tts = engines.get(2);
        assertThat(tts.get("capability").asText()).isEqualTo("TEXT_TO_SPEECH");
        assertThat(tts.get("available").asBoolean()).isTrue();
        assertThat(tts.get("details").get("voices").asInt()).isGreaterThan(100);
        JsonNode sfx = engines.get(3);
        assertThat(sfx.get("capability").asText()).isEqualTo("GENERATE_SOUND_EFFECT");
        assertThat(sfx.get("engine").asText()).isEqualTo("procedural-sfx");
        assertThat(sfx.get("details").get("license").asText()).isEqualTo("Apache-2.0");
    }
}
