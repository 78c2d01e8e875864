package dev.framewright.engines.connectors;

import static dev.framewright.engines.connectors.ConnectorFixtures.OUTBOUND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewright.contract.ErrorCode;
import dev.framewright.contract.FileType;
import dev.framewright.core.executions.ToolFailure;
import dev.framewright.core.executions.ToolOutput;
import dev.framewright.engines.avatar.Presenters;
import dev.framewright.engines.media.Watermark;
import dev.framewright.engines.testing.FakeRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * D-ID against a loopback fake of its talks API: {@code POST /images}, {@code POST /audios}, {@code
 * POST /talks}, {@code GET /talks/{id}}, {@code DELETE /talks/{id}}; the result lives on another host
 * ({@code localhost} rather than {@code 127.0.0.1}), as on D-ID's S3.
 */
@Timeout(90)
class DidAvatarToolTest {
    static final String KEY = "YWxpY2VAZXhhbXBsZS5jb20:s3cr3t";

    @TempDir
    static Path media;

    static Path speech;
    static Path clip;

    @TempDir
    Path dir;

    FakeService fake;

    @BeforeAll
    static void makeMedia() throws Exception {
        speech = media.resolve("speech.wav");
        clip = media.resolve("talk.mp4");
        ffmpeg("-f", "lavfi", "-i", "sine=frequency=220:duration=1", "-ac", "1", speech.toString());
        ffmpeg(
                "-f",
                "lavfi",
                "-i",
                "testsrc=size=256x256:rate=25:duration=1",
                "-f",
                "lavfi",
                "-i",
                "sine=frequency=220:duration=1",
                "-c:v",
                "libx264",
                "-pix_fmt",
                "yuv420p",
                "-c:a",
                "aac",
                "-shortest",
                clip.toString());
    }

    private static void ffmpeg(String... args) throws Exception {
        var cmd = new java.util.ArrayList<>(java.util.List.of("ffmpeg", "-nostdin", "-loglevel", "error", "-y"));
        cmd.addAll(java.util.List.of(args));
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        assertThat(p.waitFor()).isZero();
    }

    @BeforeEach
    void start() throws Exception {
        fake = new FakeService();
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private DidAvatarTool tool(Duration timeout, long maxBytes) {
        return new DidAvatarTool(new Endpoint(fake.url(), KEY, null, timeout), OUTBOUND, Watermark.DEFAULT, maxBytes);
    }

    private FakeRun run() throws Exception {
        FakeRun ctx = new FakeRun(Files.createDirectories(dir.resolve("run-" + System.nanoTime())));
        ctx.file("vg_file_audio", FileType.AUDIO, speech, null, null, 1.0);
        ctx.input.put("avatarPresenterId", Presenters.BUILT_IN.getFirst().id());
        ctx.input.put("audioStorageFileId", "vg_file_audio");
        return ctx;
    }

    private static String talk(String status, String extra) {
        return "{\"id\":\"tlk_AbC-123\",\"object\":\"talk\",\"created_at\":\"2026-11-29T08:00:00.000Z\","
                + "\"status\":\"" + status + "\"" + extra + "}";
    }

    /** Uploads accepted, the talk created; {@code GET /talks/tlk_AbC-123} is left to each test. */
    private void accepting() {
        fake.on(
                "POST /images",
                (ex, b) -> FakeService.send(
                        ex,
                        201,
                        "application/json",
                        "{\"id\":\"img_1\",\"url\":\"s3://d-id-images-prod/auth0|x/img_1/presenter.png\"}"));
        fake.on(
                "POST /audios",
                (ex, b) -> FakeService.send(
                        ex,
                        201,
                        "application/json",
                        "{\"id\":\"aud_1\",\"url\":\"s3://d-id-audios-prod/auth0|x/aud_1/audio.wav\",\"duration\":1.0}"));
        fake.on("POST /talks", (ex, b) -> FakeService.send(ex, 201, "application/json", talk("created", "")));
        fake.on(
                "DELETE /talks/tlk_AbC-123",
                (ex, b) -> FakeService.send(ex, 200, "application/json", "{\"deleted\":1}"));
    }

    private String resultUrl(String path) {
        return ",\"result_url\":\"http://localhost:" + fake.url().getPort() + path + "\"";
    }

    @Test
    void uploadsCreatesTheTalkPollsAndKeepsTheClip() throws Exception {
        accepting();
        AtomicInteger polls = new AtomicInteger();
        fake.on(
                "GET /talks/tlk_AbC-123",
                (ex, b) -> FakeService.send(
                        ex,
                        200,
                        "application/json",
                        polls.incrementAndGet() < 2
                                ? talk("started", "")
                                : talk("done", resultUrl("/results/tlk_AbC-123.mp4") + ",\"duration\":1")));
        fake.on("GET /results/", (ex, b) -> FakeService.send(ex, 200, "video/mp4", Files.readAllBytes(clip)));
        FakeRun ctx = run();

        ToolOutput out = tool(Duration.ofSeconds(30), 8 << 20).run(ctx);

        assertThat(out.type()).isEqualTo(FileType.VIDEO);
        String streams = probe(out.file());
        assertThat(streams).contains("codec_type=video").contains("codec_type=audio");
        assertThat(out.description()).contains("D-ID").contains("tlk_AbC-123");
        // the uploads are real multipart files: a PNG portrait and the WAV as sent
        String image = fake.first("POST /images").text();
        assertThat(image).contains("name=\"image\"; filename=\"presenter-").contains("Content-Type: image/png");
        assertThat(fake.first("POST /images").body().length).isGreaterThan(10_000);
        assertThat(fake.first("POST /audios").text())
                .contains("name=\"audio\"; filename=\"audio.wav\"")
                .contains("RIFF");
        JsonNode sent = Remote.JSON.readTree(fake.first("POST /talks").body());
        assertThat(sent.get("source_url").asText()).isEqualTo("s3://d-id-images-prod/auth0|x/img_1/presenter.png");
        assertThat(sent.at("/script/type").asText()).isEqualTo("audio");
        assertThat(sent.at("/script/audio_url").asText()).isEqualTo("s3://d-id-audios-prod/auth0|x/aud_1/audio.wav");
        for (String call : new String[] {"POST /images", "POST /audios", "POST /talks", "GET /talks/tlk_AbC-123"}) {
            assertThat(fake.first(call).headers().get("Authorization")).containsExactly("Basic " + KEY);
        }
        assertThat(fake.first("GET /results/").headers().get("Authorization")).isNull();
        assertThat(fake.called("DELETE")).isFalse();
    }

    @Test
    void theWatermarkIsBurntIn() throws Exception {
        accepting();
        fake.on(
                "GET /talks/tlk_AbC-123",
                (ex, b) -> FakeService.send(ex, 200, "application/json", talk("done", resultUrl("/results/a.mp4"))));
        fake.on("GET /results/", (ex, b) -> FakeService.send(ex, 200, "video/mp4", Files.readAllBytes(clip)));
        FakeRun ctx = run();
        ctx.watermark = true;

        ToolOutput out = tool(Duration.ofSeconds(30), 8 << 20).run(ctx);

        assertThat(probe(out.file())).contains("codec_name=h264").contains("codec_type=audio");
        assertThat(Files.mismatch(out.file(), clip)).isNotEqualTo(-1L);
    }

    @Test
    void aFailedTalkCarriesD_IdsReason() throws Exception {
        accepting();
        fake.on(
                "GET /talks/tlk_AbC-123",
                (ex, b) -> FakeService.send(
                        ex,
                        200,
                        "application/json",
                        talk(
                                "error",
                                ",\"error\":{\"kind\":\"FaceError\",\"description\":\"Face not detected in the"
                                        + " source image\"}")));

        assertThatThrownBy(() -> tool(Duration.ofSeconds(30), 8 << 20).run(run()))
                .isInstanceOfSatisfying(ToolFailure.class, f -> {
                    assertThat(f.code()).isEqualTo(ErrorCode.ENGINE_FAILED);
                    assertThat(f.getMessage()).isEqualTo("D-ID's talk failed: Face not detected in the source image");
                });
        assertThat(fake.called("DELETE")).isFalse();
    }

    @Test
    void anHttpErrorCarriesD_IdsMessage() throws Exception {
        accepting();
        fake.on(
                "POST /talks",
                (ex, b) -> FakeService.send(
                        ex,
                        402,
                        "application/json",
                        "{\"kind\":\"InsufficientCreditsError\",\"description\":\"not enough credits\"}"));
        fake.on(
                "POST /audios",
                (ex, b) -> FakeService.send(
                        ex, 201, "application/json", "{\"id\":\"aud_1\",\"url\":\"s3://a/b.wav\",\"duration\":1.0}"));

        assertThatThrownBy(() -> tool(Duration.ofSeconds(30), 8 << 20).run(run()))
                .hasMessage("D-ID failed (HTTP 402): not enough credits");
    }

    @Test
    void aTimeoutDeletesTheTalk() throws Exception {
        accepting();
        fake.on(
                "GET /talks/tlk_AbC-123",
                (ex, b) -> FakeService.send(ex, 200, "application/json", talk("started", "")));

        assertThatThrownBy(() -> tool(Duration.ofMillis(2500), 8 << 20).run(run()))
                .isInstanceOfSatisfying(
                        ToolFailure.class, f -> assertThat(f.code()).isEqualTo(ErrorCode.TIMED_OUT));
        assertThat(fake.called("DELETE /talks/tlk_AbC-123")).isTrue();
        assertThat(fake.first("DELETE").headers().get("Authorization")).containsExactly("Basic " + KEY);
    }

    @Test
    void aCancelMidRunDeletesTheTalk() throws Exception {
        accepting();
        fake.on(
                "GET /talks/tlk_AbC-123",
                (ex, b) -> FakeService.send(ex, 200, "application/json", talk("started", "")));
        FakeRun ctx = run();
        ctx.cancelled = () -> fake.called("GET /talks/tlk_AbC-123");
        long t0 = System.nanoTime();

        assertThatThrownBy(() -> tool(Duration.ofSeconds(60), 8 << 20).run(ctx))
                .isInstanceOfSatisfying(
                        ToolFailure.class, f -> assertThat(f.getMessage()).contains("cancelled"));
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
        assertThat(fake.called("DELETE /talks/tlk_AbC-123")).isTrue();
    }

    @Test
    void anOversizedOrUnreadableClipIsNotKept() throws Exception {
        accepting();
        fake.on(
                "GET /talks/tlk_AbC-123",
                (ex, b) -> FakeService.send(ex, 200, "application/json", talk("done", resultUrl("/results/big.mp4"))));
        fake.on("GET /results/big.mp4", (ex, b) -> FakeService.stream(ex, 8L << 20));

        assertThatThrownBy(() -> tool(Duration.ofSeconds(30), 1 << 20).run(run()))
                .hasMessage("D-ID sent more than 1 MiB (result); it was not kept");

        // within the cap but not a video
        assertThatThrownBy(() -> tool(Duration.ofSeconds(30), 16 << 20).run(run()))
                .hasMessage("D-ID returned something that is not a video");
    }

    @Test
    void withoutAKeyTheEngineIsNotConfigured() {
        DidAvatarTool off = new DidAvatarTool(
                new Endpoint(null, null, null, Duration.ofSeconds(5)), OUTBOUND, Watermark.DEFAULT, 1 << 20);
        assertThat(off.probe().available()).isFalse();
        assertThat(off.probe().reason()).contains("FRAMEWRIGHT_DID_KEY");
    }

    @Test
    void theAudioKeepsItsFormatName() throws Exception {
        assertThat(DidAvatarTool.audioExtension(null, speech)).isEqualTo("wav");
        assertThat(DidAvatarTool.audioExtension("audio/ogg", speech)).isEqualTo("ogg");
        assertThat(DidAvatarTool.audioExtension(null, clip)).isEqualTo("m4a");
    }

    private static String probe(Path file) throws Exception {
        Process p = new ProcessBuilder(
                        "ffprobe", "-v", "error", "-show_entries", "stream=codec_type,codec_name", file.toString())
                .redirectErrorStream(true)
                .start();
        String text = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(text).isZero();
        return text;
    }
}
