package dev.framewright.engines.connectors;

import static dev.framewright.engines.connectors.ConnectorFixtures.OUTBOUND;
import static dev.framewright.engines.connectors.ConnectorFixtures.png;
import static dev.framewright.engines.connectors.ConnectorFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewright.contract.ErrorCode;
import dev.framewright.core.executions.ToolFailure;
import dev.framewright.core.executions.ToolOutput;
import dev.framewright.engines.media.Watermark;
import dev.framewright.engines.testing.FakeRun;
import java.awt.Color;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * AUTOMATIC1111, Stability and Replicate against loopback fakes of their protocols: success, the
 * provider's error, timeout, cancel mid-run and oversized output for each.
 */
@Timeout(60)
class MoreConnectorsTest {
    @TempDir
    Path dir;

    FakeService fake;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeService();
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private Endpoint endpoint(String key, String model, Duration timeout) {
        return new Endpoint(fake.url(), key, model, timeout);
    }

    @Test
    void automatic1111Txt2img() throws Exception {
        fake.on(
                "POST /sdapi/v1/txt2img",
                (ex, b) -> FakeService.send(
                        ex,
                        200,
                        "application/json",
                        "{\"images\":[\"" + Base64.getEncoder().encodeToString(png(1024, 576, Color.CYAN)) + "\"]}"));
        Automatic1111Tool tool = new Automatic1111Tool(
                endpoint(null, null, Duration.ofSeconds(10)), OUTBOUND, Watermark.DEFAULT, 1 << 20);

        ToolOutput out = tool.run(run(dir, "a lake", 16, 9));

        JsonNode sent =
                Remote.JSON.readTree(fake.first("POST /sdapi/v1/txt2img").body());
        assertThat(sent.get("width").asInt()).isEqualTo(1024);
        assertThat(sent.get("height").asInt()).isEqualTo(576);
        assertThat(sent.get("steps").asInt()).isEqualTo(Automatic1111Tool.STEPS);
        assertThat(ConnectorFixtures.read(out.file()).getWidth()).isEqualTo(1024);
    }

    @Test
    void automatic1111TimeoutInterruptsTheGeneration() {
        fake.on("POST /sdapi/v1/txt2img", (ex, b) -> Thread.sleep(15000));
        fake.on("POST /sdapi/v1/interrupt", (ex, b) -> FakeService.send(ex, 200, "application/json", "{}"));
        Automatic1111Tool tool = new Automatic1111Tool(
                endpoint(null, null, Duration.ofMillis(800)), OUTBOUND, Watermark.DEFAULT, 1 << 20);

        assertThatThrownBy(() -> tool.run(run(dir, "x", 1, 1)))
                .isInstanceOfSatisfying(
                        ToolFailure.class, f -> assertThat(f.code()).isEqualTo(ErrorCode.TIMED_OUT));
        assertThat(fake.called("POST /sdapi/v1/interrupt")).isTrue();
    }

    @Test
    void automatic1111ErrorsAreNamed() {
        // A1111's FastAPI error body
        fake.on(
                "POST /sdapi/v1/txt2img",
                (ex, b) -> FakeService.send(
                        ex,
                        500,
                        "application/json",
                        "{\"error\":\"OutOfMemoryError\",\"detail\":\"CUDA out of memory. Tried to allocate 2.00 GiB\","
                                + "\"body\":\"\",\"errors\":\"\"}"));
        Automatic1111Tool tool = new Automatic1111Tool(
                endpoint(null, null, Duration.ofSeconds(10)), OUTBOUND, Watermark.DEFAULT, 1 << 20);

        assertThatThrownBy(() -> tool.run(run(dir, "x", 1, 1)))
                .isInstanceOfSatisfying(
                        ToolFailure.class, f -> assertThat(f.code()).isEqualTo(ErrorCode.ENGINE_FAILED))
                .hasMessageContaining("AUTOMATIC1111")
                .hasMessageContaining("500");
    }

    @Test
    void automatic1111CancelMidRunInterruptsTheGeneration() throws Exception {
        fake.on("POST /sdapi/v1/txt2img", (ex, b) -> Thread.sleep(15000));
        fake.on("POST /sdapi/v1/interrupt", (ex, b) -> FakeService.send(ex, 200, "application/json", "{}"));
        Automatic1111Tool tool = new Automatic1111Tool(
                endpoint(null, null, Duration.ofSeconds(30)), OUTBOUND, Watermark.DEFAULT, 1 << 20);
        FakeRun ctx = run(dir, "x", 1, 1);
        ctx.cancelled = () -> fake.called("POST /sdapi/v1/txt2img");

        long t0 = System.nanoTime();
        assertThatThrownBy(() -> tool.run(ctx)).hasMessageContaining("cancelled");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
        assertThat(fake.called("POST /sdapi/v1/interrupt")).isTrue();
    }

    @Test
    void automatic1111OversizedImagesAreNotKept() {
        // a valid answer whose image is over the 1 MiB limit: refused while reading or after decoding
        byte[] big = new byte[(1 << 20) + 4096];
        new java.util.Random(1).nextBytes(big);
        fake.on(
                "POST /sdapi/v1/txt2img",
                (ex, b) -> FakeService.send(
                        ex,
                        200,
                        "application/json",
                        "{\"images\":[\"" + Base64.getEncoder().encodeToString(big) + "\"]}"));
        Automatic1111Tool tool = new Automatic1111Tool(
                endpoint(null, null, Duration.ofSeconds(10)), OUTBOUND, Watermark.DEFAULT, 1 << 20);

        assertThatThrownBy(() -> tool.run(run(dir, "x", 1, 1))).hasMessageContaining("more than 1 MiB");
    }

    @Test
    void stabilitySendsAMultipartRequestAndKeepsTheBytes() throws Exception {
        fake.on(
                "POST /v2beta/stable-image/generate/ultra",
                (ex, b) -> FakeService.send(ex, 200, "image/png", png(1536, 640, Color.PINK)));
        StabilityTool tool = new StabilityTool(
                endpoint("sk-st", "ultra", Duration.ofSeconds(10)), OUTBOUND, Watermark.DEFAULT, 1 << 20);

        ToolOutput out = tool.run(run(dir, "a bridge", 21, 9));

        String form = fake.first("POST /v2beta").text();
        assertThat(form).contains("name=\"aspect_ratio\"\r\n\r\n21:9").contains("name=\"output_format\"\r\n\r\npng");
        assertThat(fake.first("POST /v2beta").headers().get("Accept")).containsExactly("image/*");
        var img = ConnectorFixtures.read(out.file());
        assertThat(img.getWidth() * 9).isEqualTo(img.getHeight() * 21);
    }

    @Test
    void stabilityErrorsAndOversizedOutputs() {
        StabilityTool tool = new StabilityTool(
                endpoint("sk-st", null, Duration.ofSeconds(10)), OUTBOUND, Watermark.DEFAULT, 1 << 20);
        fake.on(
                "POST /v2beta",
                (ex, b) -> FakeService.send(
                        ex,
                        402,
                        "application/json",
                        "{\"name\":\"payment_required\",\"errors\":[\"You lack sufficient credits.\"]}"));
        assertThatThrownBy(() -> tool.run(run(dir, "x", 1, 1)))
                .hasMessage("Stability AI failed (HTTP 402): You lack sufficient credits.");

        fake.on("POST /v2beta", (ex, b) -> FakeService.stream(ex, 10L << 20));
        assertThatThrownBy(() -> tool.run(run(dir, "x", 1, 1))).hasMessageContaining("sent more than 1 MiB");
    }

    @Test
    void stabilityTimeoutAndCancelMidRun() throws Exception {
        fake.on("POST /v2beta", (ex, b) -> Thread.sleep(15000));
        StabilityTool slow = new StabilityTool(
                endpoint("sk-st", null, Duration.ofMillis(800)), OUTBOUND, Watermark.DEFAULT, 1 << 20);
        assertThatThrownBy(() -> slow.run(run(dir, "x", 1, 1)))
                .isInstanceOfSatisfying(
                        ToolFailure.class, f -> assertThat(f.code()).isEqualTo(ErrorCode.TIMED_OUT));

        StabilityTool tool = new StabilityTool(
                endpoint("sk-st", null, Duration.ofSeconds(30)), OUTBOUND, Watermark.DEFAULT, 1 << 20);
        FakeRun ctx = run(dir, "x", 1, 1);
        ctx.cancelled = () -> fake.called("POST /v2beta");
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> tool.run(ctx)).hasMessageContaining("cancelled");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
    }

    private String prediction(String status, String output) {
        return "{\"id\":\"r1\",\"status\":\"" + status + "\",\"output\":" + output + ",\"error\":null,\"urls\":{"
                + "\"get\":\"" + fake.url() + "/v1/predictions/r1\",\"cancel\":\"" + fake.url()
                + "/v1/predictions/r1/cancel\"}}";
    }

    @Test
    void replicateCreatesPollsAndDownloadsWithoutLeakingTheKey() throws Exception {
        fake.on(
                "POST /v1/models/acme/flux/predictions",
                (ex, b) -> FakeService.send(ex, 201, "application/json", prediction("starting", "null")));
        AtomicInteger polls = new AtomicInteger();
        fake.on(
                "GET /v1/predictions/r1",
                (ex, b) -> FakeService.send(
                        ex,
                        200,
                        "application/json",
                        polls.incrementAndGet() < 2
                                ? prediction("processing", "null")
                                : prediction(
                                        "succeeded",
                                        "[\"http://localhost:" + fake.url().getPort() + "/out/1.png\"]")));
        fake.on("GET /out/1.png", (ex, b) -> FakeService.send(ex, 200, "image/png", png(512, 512, Color.YELLOW)));
        ReplicateTool tool = new ReplicateTool(
                endpoint("r8_key", "acme/flux", Duration.ofSeconds(20)), OUTBOUND, Watermark.DEFAULT, 1 << 20);

        ToolOutput out = tool.run(run(dir, "a tiger", 1, 1));

        assertThat(ConnectorFixtures.read(out.file()).getWidth()).isEqualTo(512);
        assertThat(fake.first("POST").headers().get("Authorization")).containsExactly("Bearer r8_key");
        assertThat(fake.first("GET /out/1.png").headers().get("Authorization")).isNull();
        assertThat(Remote.JSON
                        .readTree(fake.first("POST").body())
                        .at("/input/prompt")
                        .asText())
                .isEqualTo("a tiger");
    }

    @Test
    void replicateCancelIsPropagated() throws Exception {
        fake.on(
                "POST /v1/models/acme/flux/predictions",
                (ex, b) -> FakeService.send(ex, 201, "application/json", prediction("starting", "null")));
        fake.on(
                "GET /v1/predictions/r1",
                (ex, b) -> FakeService.send(ex, 200, "application/json", prediction("processing", "null")));
        fake.on(
                "POST /v1/predictions/r1/cancel",
                (ex, b) -> FakeService.send(ex, 200, "application/json", prediction("canceled", "null")));
        ReplicateTool tool = new ReplicateTool(
                endpoint("k", "acme/flux", Duration.ofSeconds(20)), OUTBOUND, Watermark.DEFAULT, 1 << 20);
        FakeRun ctx = run(dir, "x", 1, 1);
        ctx.cancelled = () -> fake.called("GET /v1/predictions/r1");

        assertThatThrownBy(() -> tool.run(ctx)).hasMessageContaining("cancelled");
        assertThat(fake.called("POST /v1/predictions/r1/cancel")).isTrue();
    }

    @Test
    void replicateFailuresCarryTheirError() {
        fake.on(
                "POST /v1/models/acme/flux/predictions",
                (ex, b) -> FakeService.send(
                        ex,
                        201,
                        "application/json",
                        "{\"id\":\"r1\",\"status\":\"failed\",\"error\":\"NSFW content detected\",\"urls\":{}}"));
        ReplicateTool tool = new ReplicateTool(
                endpoint("k", "acme/flux", Duration.ofSeconds(20)), OUTBOUND, Watermark.DEFAULT, 1 << 20);

        assertThatThrownBy(() -> tool.run(run(dir, "x", 1, 1)))
                .hasMessage("Replicate's prediction failed: NSFW content detected");
    }

    @Test
    void replicateTimeoutCancelsThePrediction() {
        fake.on(
                "POST /v1/models/acme/flux/predictions",
                (ex, b) -> FakeService.send(ex, 201, "application/json", prediction("starting", "null")));
        fake.on(
                "GET /v1/predictions/r1",
                (ex, b) -> FakeService.send(ex, 200, "application/json", prediction("processing", "null")));
        fake.on(
                "POST /v1/predictions/r1/cancel",
                (ex, b) -> FakeService.send(ex, 200, "application/json", prediction("canceled", "null")));
        ReplicateTool tool = new ReplicateTool(
                endpoint("k", "acme/flux", Duration.ofSeconds(2)), OUTBOUND, Watermark.DEFAULT, 1 << 20);

        assertThatThrownBy(() -> tool.run(run(dir, "x", 1, 1)))
                .isInstanceOfSatisfying(
                        ToolFailure.class, f -> assertThat(f.code()).isEqualTo(ErrorCode.TIMED_OUT));
        assertThat(fake.called("POST /v1/predictions/r1/cancel")).isTrue();
    }

    @Test
    void replicateOversizedOutputIsNotKept() {
        fake.on(
                "POST /v1/models/acme/flux/predictions",
                (ex, b) -> FakeService.send(
                        ex,
                        201,
                        "application/json",
                        prediction(
                                "succeeded", "[\"http://localhost:" + fake.url().getPort() + "/out/big.png\"]")));
        fake.on("GET /out/big.png", (ex, b) -> FakeService.stream(ex, 10L << 20));
        ReplicateTool tool = new ReplicateTool(
                endpoint("k", "acme/flux", Duration.ofSeconds(20)), OUTBOUND, Watermark.DEFAULT, 1 << 20);

        assertThatThrownBy(() -> tool.run(run(dir, "x", 1, 1))).hasMessageContaining("more than 1 MiB");
    }
}
