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
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class OpenAiImagesToolTest {
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

    private OpenAiImagesTool tool(Duration timeout) {
        return new OpenAiImagesTool(
                new Endpoint(fake.url(), "sk-test", "gpt-image-1", timeout), OUTBOUND, Watermark.DEFAULT, 1 << 20);
    }

    private static String b64(byte[] png) {
        return "{\"created\":1,\"data\":[{\"b64_json\":\"" + Base64.getEncoder().encodeToString(png) + "\"}]}";
    }

    @Test
    void generatesAndCropsToTheExactRatio() throws Exception {
        fake.on(
                "POST /v1/images/generations",
                (ex, body) -> FakeService.send(ex, 200, "application/json", b64(png(1536, 1024, Color.ORANGE))));

        ToolOutput out = tool(Duration.ofSeconds(10)).run(run(dir, "a fox", 16, 9));

        BufferedImage img = ConnectorFixtures.read(out.file());
        assertThat(img.getWidth() * 9).isEqualTo(img.getHeight() * 16);
        assertThat(img.getWidth()).isEqualTo(1536);
        JsonNode sent =
                Remote.JSON.readTree(fake.first("POST /v1/images/generations").body());
        assertThat(sent.get("model").asText()).isEqualTo("gpt-image-1");
        assertThat(sent.get("prompt").asText()).isEqualTo("a fox");
        assertThat(sent.get("size").asText()).isEqualTo("1536x1024");
        assertThat(sent.get("response_format").asText()).isEqualTo("b64_json");
        assertThat(fake.first("POST").headers().get("Authorization")).containsExactly("Bearer sk-test");
        assertThat(out.description()).contains("OpenAI-compatible").contains("gpt-image-1");
        assertThat(tool(Duration.ofSeconds(1)).probe().available()).isTrue();
    }

    @Test
    void followsAResultUrl() throws Exception {
        fake.on(
                "POST /v1/images/generations",
                (ex, body) -> FakeService.send(
                        ex, 200, "application/json", "{\"data\":[{\"url\":\"" + fake.url() + "/files/out.png\"}]}"));
        fake.on("GET /files/out.png", (ex, body) -> FakeService.send(ex, 200, "image/png", png(64, 64, Color.BLUE)));

        ToolOutput out = tool(Duration.ofSeconds(10)).run(run(dir, "a fox", 1, 1));

        assertThat(ConnectorFixtures.read(out.file()).getWidth()).isEqualTo(64);
    }

    @Test
    void aProviderErrorBecomesAClearFailure() {
        fake.on(
                "POST /v1/images/generations",
                (ex, body) -> FakeService.send(
                        ex,
                        400,
                        "application/json",
                        "{\"error\":{\"message\":\"Your request was rejected by the safety system.\",\"type\":\"invalid\"}}"));

        assertThatThrownBy(() -> tool(Duration.ofSeconds(10)).run(run(dir, "x", 1, 1)))
                .isInstanceOfSatisfying(ToolFailure.class, f -> {
                    assertThat(f.code()).isEqualTo(ErrorCode.ENGINE_FAILED);
                    assertThat(f.retryable()).isFalse();
                })
                .hasMessage("The OpenAI-compatible image service failed (HTTP 400): Your request was rejected by the"
                        + " safety system.");
    }

    @Test
    void badCredentialsAndOverloadAreNamed() {
        fake.on(
                "POST /v1/images/generations",
                (ex, body) -> FakeService.send(
                        ex, 401, "application/json", "{\"error\":{\"message\":\"Incorrect API key\"}}"));
        assertThatThrownBy(() -> tool(Duration.ofSeconds(10)).run(run(dir, "x", 1, 1)))
                .hasMessageContaining("rejected the configured credentials (HTTP 401): Incorrect API key");

        fake.on("POST /v1/images/generations", (ex, body) -> FakeService.send(ex, 503, "text/plain", "overloaded"));
        assertThatThrownBy(() -> tool(Duration.ofSeconds(10)).run(run(dir, "x", 1, 1)))
                .isInstanceOfSatisfying(
                        ToolFailure.class, f -> assertThat(f.retryable()).isTrue())
                .hasMessageContaining("(HTTP 503): overloaded");
    }

    @Test
    void aSlowServiceTimesOut() {
        fake.on("POST /v1/images/generations", (ex, body) -> Thread.sleep(15000));
        long start = System.nanoTime();

        assertThatThrownBy(() -> tool(Duration.ofMillis(700)).run(run(dir, "x", 1, 1)))
                .isInstanceOfSatisfying(
                        ToolFailure.class, f -> assertThat(f.code()).isEqualTo(ErrorCode.TIMED_OUT));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
    }

    @Test
    void aCancelStopsTheWaitPromptly() throws Exception {
        fake.on("POST /v1/images/generations", (ex, body) -> Thread.sleep(15000));
        FakeRun ctx = run(dir, "x", 1, 1);
        long start = System.nanoTime();
        ctx.cancelled = () -> System.nanoTime() - start > 300_000_000L;

        assertThatThrownBy(() -> tool(Duration.ofSeconds(30)).run(ctx)).hasMessageContaining("cancelled");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
    }

    @Test
    void anOversizedResultIsRefused() {
        fake.on(
                "POST /v1/images/generations",
                (ex, body) -> FakeService.send(ex, 200, "application/json", b64(new byte[3 << 20])));
        fake.on("GET /big", (ex, body) -> FakeService.stream(ex, 50L << 20));

        assertThatThrownBy(() -> tool(Duration.ofSeconds(20)).run(run(dir, "x", 1, 1)))
                .hasMessageContaining("sent more than")
                .hasMessageContaining("not kept");

        fake.on(
                "POST /v1/images/generations",
                (ex, body) -> FakeService.send(
                        ex, 200, "application/json", "{\"data\":[{\"url\":\"" + fake.url() + "/big\"}]}"));
        assertThatThrownBy(() -> tool(Duration.ofSeconds(20)).run(run(dir, "x", 1, 1)))
                .hasMessageContaining("sent more than")
                .hasMessageContaining("not kept");
    }

    @Test
    void somethingThatIsNotAnImageIsRefused() {
        fake.on(
                "POST /v1/images/generations",
                (ex, body) -> FakeService.send(
                        ex,
                        200,
                        "application/json",
                        "{\"data\":[{\"b64_json\":\"" + Base64.getEncoder().encodeToString("<html>".getBytes())
                                + "\"}]}"));

        assertThatThrownBy(() -> tool(Duration.ofSeconds(10)).run(run(dir, "x", 1, 1)))
                .hasMessage("The OpenAI-compatible image service returned something that is not an image");
    }

    @Test
    void unconfiguredItIsUnavailableWithTheSettingToSet() {
        OpenAiImagesTool t = new OpenAiImagesTool(
                new Endpoint(null, null, null, Duration.ofSeconds(1)), OUTBOUND, Watermark.DEFAULT, 1);

        assertThat(t.probe().available()).isFalse();
        assertThat(t.probe().reason()).contains("FRAMEWRIGHT_OPENAI_IMAGES_URL");
    }
}
