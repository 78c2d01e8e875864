package dev.framewright.engines.connectors;

import static dev.framewright.engines.connectors.ConnectorFixtures.OUTBOUND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewright.contract.ErrorCode;
import dev.framewright.contract.FileType;
import dev.framewright.core.executions.ToolFailure;
import dev.framewright.core.executions.ToolOutput;
import dev.framewright.engines.testing.FakeRun;
import java.awt.Color;
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

/** ComfyUI's video workflow against a loopback fake of its protocol (as ComfyUiToolTest, with a video output). */
@Timeout(90)
class ComfyUiVideoToolTest {
    static final String TEMPLATE = """
            {"3": {"class_type": "KSampler", "inputs": {"seed": {{seed}}, "model": ["4", 0]}},
             "5": {"class_type": "EmptyHunyuanLatentVideo", "inputs": {"width": {{width}}, "height": {{height}}, "length": 33}},
             "6": {"class_type": "CLIPTextEncode", "inputs": {"text": "{{prompt}}"}},
             "10": {"class_type": "LoadImage", "inputs": {"image": "{{image}}"}},
             "20": {"class_type": "VHS_VideoCombine", "inputs": {"frame_rate": 16, "format": "video/h264-mp4"}}}
            """;

    @TempDir
    static Path media;

    static Path silentClip;

    @TempDir
    Path dir;

    FakeService fake;
    Path workflow;

    @BeforeAll
    static void makeMedia() throws Exception {
        silentClip = media.resolve("wan_00001.mp4");
        Process p = new ProcessBuilder(
                        "ffmpeg",
                        "-nostdin",
                        "-loglevel",
                        "error",
                        "-y",
                        "-f",
                        "lavfi",
                        "-i",
                        "testsrc=size=832x480:rate=16:duration=2",
                        "-c:v",
                        "libx264",
                        "-pix_fmt",
                        "yuv420p",
                        silentClip.toString())
                .inheritIO()
                .start();
        assertThat(p.waitFor()).isZero();
    }

    @BeforeEach
    void start() throws Exception {
        fake = new FakeService();
        workflow = Files.writeString(dir.resolve("video-workflow.json"), TEMPLATE);
        fake.on(
                "POST /prompt",
                (ex, b) -> FakeService.send(
                        ex, 200, "application/json", "{\"prompt_id\":\"v-1\",\"number\":1,\"node_errors\":{}}"));
        fake.on("POST /queue", (ex, b) -> FakeService.send(ex, 200, "application/json", "{}"));
        fake.on("POST /interrupt", (ex, b) -> FakeService.send(ex, 200, "application/json", "{}"));
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private ComfyUiVideoTool tool(Duration timeout, long maxBytes) {
        return new ComfyUiVideoTool(new Endpoint(fake.url(), null, workflow.toString(), timeout), OUTBOUND, maxBytes);
    }

    private FakeRun run(String prompt, int rw, int rh) throws Exception {
        FakeRun ctx = new FakeRun(Files.createDirectories(dir.resolve("run-" + System.nanoTime())));
        ctx.input.put("prompt", prompt);
        ctx.input.putObject("aspectRatio").put("width", rw).put("height", rh);
        return ctx;
    }

    /** A preview still first, then the video under VideoHelperSuite's {@code gifs} list. */
    private static final String DONE = "{\"v-1\":{\"status\":{\"status_str\":\"success\",\"completed\":true},"
            + "\"outputs\":{\"19\":{\"images\":[{\"filename\":\"preview_00001.png\",\"subfolder\":\"\",\"type\":\"temp\"}]},"
            + "\"20\":{\"gifs\":[{\"filename\":\"wan_00001.mp4\",\"subfolder\":\"video\",\"type\":\"output\","
            + "\"format\":\"video/h264-mp4\",\"frame_rate\":16.0}]}}}}";

    private void finishes(byte[] video) {
        AtomicInteger polls = new AtomicInteger();
        fake.on(
                "GET /history/v-1",
                (ex, b) -> FakeService.send(ex, 200, "application/json", polls.incrementAndGet() < 2 ? "{}" : DONE));
        fake.on("GET /view", (ex, b) -> FakeService.send(ex, 200, "video/mp4", video));
    }

    @Test
    void runsTheVideoWorkflowAndEncodesTheClipAtTheExactRatioWithAmbience() throws Exception {
        finishes(Files.readAllBytes(silentClip));
        fake.on(
                "POST /upload/image",
                (ex, b) -> FakeService.send(
                        ex, 200, "application/json", "{\"name\":\"ref.png\",\"subfolder\":\"\",\"type\":\"input\"}"));
        Path png = Files.write(dir.resolve("ref.png"), ConnectorFixtures.png(300, 200, Color.BLUE));
        FakeRun ctx = run("waves at dusk", 9, 16);
        ctx.file("vg_file_ref", FileType.IMAGE, png, 300, 200, null);
        ctx.input.putArray("imageFileIds").add("vg_file_ref");
        ctx.input.put("generateAudio", true);

        ToolOutput out = tool(Duration.ofSeconds(30), 16 << 20).run(ctx);

        assertThat(out.type()).isEqualTo(FileType.VIDEO);
        assertThat(probe(out.file()))
                .contains("width=540")
                .contains("height=960")
                .contains("codec_type=audio");
        JsonNode sent = Remote.JSON.readTree(fake.first("POST /prompt").body()).get("prompt");
        assertThat(sent.at("/6/inputs/text").asText()).isEqualTo("waves at dusk");
        assertThat(sent.at("/10/inputs/image").asText()).isEqualTo("ref.png");
        // the model is asked for about the ratio in multiples of 8; the clip is then cropped exactly
        assertThat(sent.at("/5/inputs/width").asInt() % 8).isZero();
        assertThat(sent.at("/5/inputs/width").asDouble()
                        / sent.at("/5/inputs/height").asInt())
                .isCloseTo(9 / 16.0, org.assertj.core.data.Offset.offset(0.02));
        assertThat(fake.first("GET /view").line())
                .contains("filename=wan_00001.mp4")
                .contains("subfolder=video");
        assertThat(out.description())
                .contains("ComfyUI")
                .contains("video-workflow.json")
                .contains("ambience");
        assertThat(fake.called("POST /interrupt")).isFalse();
    }

    @Test
    void theWorkflowsErrorIsTheExecutionsError() {
        fake.on(
                "GET /history/v-1",
                (ex, b) -> FakeService.send(
                        ex,
                        200,
                        "application/json",
                        "{\"v-1\":{\"status\":{\"status_str\":\"error\",\"completed\":false,\"messages\":"
                                + "[[\"execution_error\",{\"exception_message\":\"Allocation on device\\n\"}]]},"
                                + "\"outputs\":{}}}"));

        assertThatThrownBy(() -> tool(Duration.ofSeconds(30), 16 << 20).run(run("x", 16, 9)))
                .hasMessage("ComfyUI failed to run the workflow: Allocation on device");
    }

    @Test
    void aTimeoutDropsAndInterruptsThePrompt() {
        fake.on("GET /history/v-1", (ex, b) -> FakeService.send(ex, 200, "application/json", "{}"));

        assertThatThrownBy(() -> tool(Duration.ofMillis(1500), 16 << 20).run(run("x", 16, 9)))
                .isInstanceOfSatisfying(
                        ToolFailure.class, f -> assertThat(f.code()).isEqualTo(ErrorCode.TIMED_OUT));
        assertThat(fake.first("POST /queue").text()).isEqualTo("{\"delete\":[\"v-1\"]}");
        assertThat(fake.called("POST /interrupt")).isTrue();
    }

    @Test
    void aCancelMidRunIsPropagated() throws Exception {
        fake.on("GET /history/v-1", (ex, b) -> FakeService.send(ex, 200, "application/json", "{}"));
        FakeRun ctx = run("x", 16, 9);
        ctx.cancelled = () -> fake.called("GET /history/v-1");

        assertThatThrownBy(() -> tool(Duration.ofSeconds(30), 16 << 20).run(ctx))
                .hasMessageContaining("cancelled");
        assertThat(fake.called("POST /interrupt")).isTrue();
    }

    @Test
    void anOversizedOrUnreadableVideoIsNotKept() throws Exception {
        AtomicInteger polls = new AtomicInteger();
        fake.on("GET /history/v-1", (ex, b) -> FakeService.send(ex, 200, "application/json", DONE));
        fake.on("GET /view", (ex, b) -> FakeService.stream(ex, polls.incrementAndGet() == 1 ? 8L << 20 : 1 << 20));

        assertThatThrownBy(() -> tool(Duration.ofSeconds(30), 1 << 20).run(run("x", 16, 9)))
                .hasMessage("ComfyUI sent more than 1 MiB (result); it was not kept");
        assertThatThrownBy(() -> tool(Duration.ofSeconds(30), 16 << 20).run(run("x", 16, 9)))
                .hasMessage("ComfyUI returned something that is not a video");
    }

    @Test
    void aWorkflowWithOnlyStillsFinishesWithoutAVideo() {
        fake.on(
                "GET /history/v-1",
                (ex, b) -> FakeService.send(
                        ex,
                        200,
                        "application/json",
                        "{\"v-1\":{\"status\":{\"status_str\":\"success\",\"completed\":true},\"outputs\":{\"9\":"
                                + "{\"images\":[{\"filename\":\"x_00001.png\",\"subfolder\":\"\",\"type\":\"output\"}]}}}}"));

        assertThatThrownBy(() -> tool(Duration.ofSeconds(30), 16 << 20).run(run("x", 16, 9)))
                .hasMessage("The ComfyUI workflow finished without an output video");
    }

    @Test
    void withoutAWorkflowTheEngineIsNotAvailable() {
        ComfyUiVideoTool t = new ComfyUiVideoTool(
                new Endpoint(fake.url(), null, dir.resolve("missing.json").toString(), Duration.ofSeconds(5)),
                OUTBOUND,
                1 << 20);
        assertThat(t.probe().available()).isFalse();
        assertThat(t.probe().reason()).contains("FRAMEWRIGHT_COMFYUI_VIDEO_WORKFLOW");
    }

    private static String probe(Path file) throws Exception {
        Process p = new ProcessBuilder(
                        "ffprobe", "-v", "error", "-show_entries", "stream=codec_type,width,height", file.toString())
                .redirectErrorStream(true)
                .start();
        String text = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(text).isZero();
        return text;
    }
}
