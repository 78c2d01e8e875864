package dev.framewright.engines.connectors;

import static dev.framewright.engines.connectors.ConnectorFixtures.OUTBOUND;
import static dev.framewright.engines.connectors.ConnectorFixtures.png;
import static dev.framewright.engines.connectors.ConnectorFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewright.contract.ErrorCode;
import dev.framewright.contract.FileType;
import dev.framewright.core.executions.ToolFailure;
import dev.framewright.core.executions.ToolOutput;
import dev.framewright.engines.media.Watermark;
import dev.framewright.engines.testing.FakeRun;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class ComfyUiToolTest {
    static final String TEMPLATE = """
            {"3": {"class_type": "KSampler", "inputs": {"seed": {{seed}}, "steps": 20, "model": ["4", 0]}},
             "5": {"class_type": "EmptyLatentImage", "inputs": {"width": {{width}}, "height": "{{height}}"}},
             "6": {"class_type": "CLIPTextEncode", "inputs": {"text": "{{prompt}}"}},
             "10": {"class_type": "LoadImage", "inputs": {"image": "{{image}}"}}}
            """;

    @TempDir
    Path dir;

    FakeService fake;
    Path workflow;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeService();
        workflow = Files.writeString(dir.resolve("workflow.json"), TEMPLATE);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private ComfyUiTool tool(Duration timeout) {
        return new ComfyUiTool(
                new Endpoint(fake.url(), null, workflow.toString(), timeout), OUTBOUND, Watermark.DEFAULT, 1 << 20);
    }

    private void queued() {
        fake.on(
                "POST /prompt",
                (ex, b) -> FakeService.send(
                        ex, 200, "application/json", "{\"prompt_id\":\"p-1\",\"number\":3,\"node_errors\":{}}"));
    }

    private static final String DONE = "{\"p-1\":{\"status\":{\"status_str\":\"success\",\"completed\":true},"
            + "\"outputs\":{\"9\":{\"images\":[{\"filename\":\"fw_0001.png\",\"subfolder\":\"\",\"type\":\"output\"}]}}}}";

    @Test
    void fillsTheTemplatePollsAndFetchesTheOutput() throws Exception {
        queued();
        AtomicInteger polls = new AtomicInteger();
        fake.on(
                "GET /history/p-1",
                (ex, b) -> FakeService.send(ex, 200, "application/json", polls.incrementAndGet() < 3 ? "{}" : DONE));
        fake.on("GET /view", (ex, b) -> FakeService.send(ex, 200, "image/png", png(1024, 1024, Color.GREEN)));
        fake.on(
                "POST /upload/image",
                (ex, b) -> FakeService.send(
                        ex, 200, "application/json", "{\"name\":\"ref.png\",\"subfolder\":\"fw\",\"type\":\"input\"}"));
        FakeRun ctx = run(dir, "a \"quoted\" castle", 4, 3);
        Path ref = Files.write(dir.resolve("ref.png"), png(32, 32, Color.RED));
        ctx.file("vg_file_ref", FileType.IMAGE, ref, 32, 32, null);
        ctx.input.putArray("imageFileIds").add("vg_file_ref");

        ToolOutput out = tool(Duration.ofSeconds(20)).run(ctx);

        var img = ConnectorFixtures.read(out.file());
        assertThat(img.getWidth() * 3).isEqualTo(img.getHeight() * 4);
        JsonNode prompt =
                Remote.JSON.readTree(fake.first("POST /prompt").body()).get("prompt");
        assertThat(prompt.at("/6/inputs/text").asText()).isEqualTo("a \"quoted\" castle");
        assertThat(prompt.at("/5/inputs/width").asInt()).isEqualTo(1024);
        assertThat(prompt.at("/5/inputs/height").asInt()).isEqualTo(768);
        assertThat(prompt.at("/3/inputs/seed").isIntegralNumber()).isTrue();
        assertThat(prompt.at("/10/inputs/image").asText()).isEqualTo("fw/ref.png");
        assertThat(fake.first("GET /view").line()).isEqualTo("GET /view?filename=fw_0001.png&subfolder=&type=output");
        assertThat(fake.first("POST /upload/image").text()).contains("name=\"image\"");
        assertThat(polls.get()).isEqualTo(3);
    }

    @Test
    void aRejectedWorkflowNamesComfyUisError() {
        fake.on(
                "POST /prompt",
                (ex, b) -> FakeService.send(
                        ex,
                        400,
                        "application/json",
                        "{\"error\":{\"type\":\"prompt_outputs_failed_validation\",\"message\":\"Prompt outputs failed"
                                + " validation\"},\"node_errors\":{}}"));

        assertThatThrownBy(() -> tool(Duration.ofSeconds(10)).run(run(dir, "x", 1, 1)))
                .hasMessage("ComfyUI failed (HTTP 400): Prompt outputs failed validation");
    }

    @Test
    void anExecutionErrorInTheHistoryFailsTheRun() {
        queued();
        fake.on(
                "GET /history/p-1",
                (ex, b) -> FakeService.send(
                        ex,
                        200,
                        "application/json",
                        "{\"p-1\":{\"status\":{\"status_str\":\"error\",\"completed\":false,\"messages\":[[\"execution_error\","
                                + "{\"exception_message\":\"CUDA out of memory\"}]]},\"outputs\":{}}}"));

        assertThatThrownBy(() -> tool(Duration.ofSeconds(10)).run(run(dir, "x", 1, 1)))
                .hasMessage("ComfyUI failed to run the workflow: CUDA out of memory");
    }

    @Test
    void aCancelMidRunIsPropagatedToComfyUi() throws Exception {
        queued();
        fake.on("GET /history/p-1", (ex, b) -> FakeService.send(ex, 200, "application/json", "{}"));
        fake.on("POST /queue", (ex, b) -> FakeService.send(ex, 200, "application/json", "{}"));
        fake.on("POST /interrupt", (ex, b) -> FakeService.send(ex, 200, "application/json", "{}"));
        FakeRun ctx = run(dir, "x", 1, 1);
        ctx.cancelled = () -> fake.calls.size() >= 3;

        assertThatThrownBy(() -> tool(Duration.ofSeconds(20)).run(ctx)).hasMessageContaining("cancelled");

        assertThat(fake.first("POST /queue").text()).isEqualTo("{\"delete\":[\"p-1\"]}");
        assertThat(fake.first("POST /interrupt").text()).isEqualTo("{\"prompt_id\":\"p-1\"}");
    }

    @Test
    void aWorkflowThatNeverFinishesTimesOutAndIsDropped() {
        queued();
        fake.on("GET /history/p-1", (ex, b) -> FakeService.send(ex, 200, "application/json", "{}"));

        assertThatThrownBy(() -> tool(Duration.ofMillis(1500)).run(run(dir, "x", 1, 1)))
                .isInstanceOfSatisfying(
                        ToolFailure.class, f -> assertThat(f.code()).isEqualTo(ErrorCode.TIMED_OUT));
        assertThat(fake.called("POST /queue")).isTrue();
    }

    @Test
    void anOversizedOutputIsRefused() {
        queued();
        fake.on("GET /history/p-1", (ex, b) -> FakeService.send(ex, 200, "application/json", DONE));
        fake.on("GET /view", (ex, b) -> FakeService.stream(ex, 20L << 20));

        assertThatThrownBy(() -> tool(Duration.ofSeconds(20)).run(run(dir, "x", 1, 1)))
                .hasMessage("ComfyUI sent more than 1 MiB (result); it was not kept");
    }

    @Test
    void withoutItsWorkflowItIsUnavailable() {
        ComfyUiTool t = new ComfyUiTool(
                new Endpoint(fake.url(), null, dir.resolve("missing.json").toString(), Duration.ofSeconds(1)),
                OUTBOUND,
                Watermark.DEFAULT,
                1);

        assertThat(t.probe().available()).isFalse();
        assertThat(t.probe().reason()).contains("FRAMEWRIGHT_COMFYUI_WORKFLOW");
        assertThat(tool(Duration.ofSeconds(1)).probe().available()).isTrue();
    }
}
