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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * fal against a loopback fake of its queue protocol: submit to {@code /{model}}, poll the {@code
 * status_url}, read the {@code response_url}, {@code PUT cancel_url}; the image lives on another host
 * ({@code localhost} rather than {@code 127.0.0.1}), as on fal's CDN.
 */
@Timeout(60)
class FalToolTest {
    static final String MODEL = "fal-ai/flux/schnell";
    static final String REQ = "/" + MODEL + "/requests/764cabcf-b745-4b3e-ae38-1200304cf45b";

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

    private FalTool tool(Duration timeout, long maxBytes) {
        return new FalTool(
                new Endpoint(fake.url(), "fal-key-1", MODEL, timeout), OUTBOUND, Watermark.DEFAULT, maxBytes);
    }

    private void queued() {
        String base = fake.url().toString();
        fake.on(
                "POST /" + MODEL,
                (ex, b) -> FakeService.send(
                        ex,
                        200,
                        "application/json",
                        "{\"request_id\":\"764cabcf-b745-4b3e-ae38-1200304cf45b\",\"response_url\":\"" + base + REQ
                                + "\",\"status_url\":\"" + base + REQ + "/status\",\"cancel_url\":\"" + base + REQ
                                + "/cancel\",\"queue_position\":0}"));
        fake.on(
                "PUT " + REQ + "/cancel",
                (ex, b) -> FakeService.send(ex, 202, "application/json", "{\"status\":\"CANCELLATION_REQUESTED\"}"));
    }

    private static String status(String s) {
        return "{\"status\":\"" + s + "\",\"queue_position\":0,\"response_url\":\"x\"}";
    }

    private void completesWith(String cdnPath) {
        AtomicInteger polls = new AtomicInteger();
        fake.on(
                "GET " + REQ + "/status",
                (ex, b) -> FakeService.send(
                        ex,
                        200,
                        "application/json",
                        switch (polls.incrementAndGet()) {
                            case 1 -> status("IN_QUEUE");
                            case 2 -> status("IN_PROGRESS");
                            default -> status("COMPLETED");
                        }));
        fake.on(
                "GET " + REQ,
                (ex, b) -> FakeService.send(
                        ex,
                        200,
                        "application/json",
                        "{\"images\":[{\"url\":\"http://localhost:" + fake.url().getPort() + cdnPath
                                + "\",\"content_type\":\"image/jpeg\",\"width\":1024,\"height\":768}],"
                                + "\"seed\":42,\"has_nsfw_concepts\":[false],\"prompt\":\"p\"}"));
    }

    @Test
    void submitsPollsReadsTheResponseAndStreamsTheImage() throws Exception {
        queued();
        completesWith("/files/tiger/out.png");
        fake.on(
                "GET /files/tiger/out.png",
                (ex, b) -> FakeService.send(ex, 200, "image/png", png(1024, 768, Color.RED)));
        FakeRun ctx = run(dir, "a tiger", 4, 3);

        ToolOutput out = tool(Duration.ofSeconds(20), 1 << 20).run(ctx);

        var img = ConnectorFixtures.read(out.file());
        assertThat(img.getWidth() * 3).isEqualTo(img.getHeight() * 4);
        assertThat(new Color(img.getRGB(img.getWidth() / 2, img.getHeight() / 2)))
                .isEqualTo(Color.RED);
        JsonNode sent = Remote.JSON.readTree(fake.first("POST /" + MODEL).body());
        assertThat(sent.get("prompt").asText()).isEqualTo("a tiger");
        assertThat(sent.at("/image_size/width").asInt() * 3)
                .isEqualTo(sent.at("/image_size/height").asInt() * 4);
        assertThat(sent.get("num_images").asInt()).isEqualTo(1);
        assertThat(sent.get("seed").isIntegralNumber()).isTrue();
        assertThat(fake.first("POST /" + MODEL).headers().get("Authorization")).containsExactly("Key fal-key-1");
        assertThat(fake.first("GET " + REQ + "/status").headers().get("Authorization"))
                .containsExactly("Key fal-key-1");
        // the key stays with the queue; the CDN host never sees it
        assertThat(fake.first("GET /files/tiger").headers().get("Authorization"))
                .isNull();
        assertThat(fake.called("PUT")).isFalse();
        assertThat(out.description()).contains("fal").contains(MODEL);
    }

    @Test
    void theModelsErrorIsTheExecutionsError() {
        queued();
        fake.on(
                "GET " + REQ + "/status",
                (ex, b) -> FakeService.send(ex, 200, "application/json", status("COMPLETED")));
        fake.on(
                "GET " + REQ,
                (ex, b) -> FakeService.send(
                        ex,
                        422,
                        "application/json",
                        "{\"detail\":[{\"loc\":[\"body\",\"image_size\"],\"msg\":\"image_size is too large\","
                                + "\"type\":\"value_error\"}]}"));

        assertThatThrownBy(() -> tool(Duration.ofSeconds(20), 1 << 20).run(run(dir, "x", 1, 1)))
                .isInstanceOfSatisfying(ToolFailure.class, f -> {
                    assertThat(f.code()).isEqualTo(ErrorCode.ENGINE_FAILED);
                    assertThat(f.getMessage()).isEqualTo("fal failed (HTTP 422): image_size is too large");
                });
        assertThat(fake.called("PUT")).isFalse();
    }

    @Test
    void aRejectedKeyIsSaidSo() {
        fake.on(
                "POST /" + MODEL,
                (ex, b) -> FakeService.send(ex, 401, "application/json", "{\"detail\":\"Invalid API key\"}"));

        assertThatThrownBy(() -> tool(Duration.ofSeconds(20), 1 << 20).run(run(dir, "x", 1, 1)))
                .hasMessage("fal rejected the configured credentials (HTTP 401): Invalid API key");
    }

    @Test
    void aTimeoutCancelsTheQueuedRequest() {
        queued();
        fake.on("GET " + REQ + "/status", (ex, b) -> FakeService.send(ex, 200, "application/json", status("IN_QUEUE")));

        assertThatThrownBy(() -> tool(Duration.ofMillis(1500), 1 << 20).run(run(dir, "x", 1, 1)))
                .isInstanceOfSatisfying(
                        ToolFailure.class, f -> assertThat(f.code()).isEqualTo(ErrorCode.TIMED_OUT));
        assertThat(fake.called("PUT " + REQ + "/cancel")).isTrue();
        assertThat(fake.first("PUT " + REQ + "/cancel").headers().get("Authorization"))
                .containsExactly("Key fal-key-1");
    }

    @Test
    void aCancelMidRunIsPropagated() throws Exception {
        queued();
        fake.on(
                "GET " + REQ + "/status",
                (ex, b) -> FakeService.send(ex, 200, "application/json", status("IN_PROGRESS")));
        FakeRun ctx = run(dir, "x", 1, 1);
        ctx.cancelled = () -> fake.called("GET " + REQ + "/status");
        long t0 = System.nanoTime();

        assertThatThrownBy(() -> tool(Duration.ofSeconds(30), 1 << 20).run(ctx))
                .isInstanceOfSatisfying(ToolFailure.class, f -> {
                    assertThat(f.code()).isEqualTo(ErrorCode.ENGINE_FAILED);
                    assertThat(f.getMessage()).contains("cancelled");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
        assertThat(fake.called("PUT " + REQ + "/cancel")).isTrue();
    }

    @Test
    void anOversizedImageIsNotKept() {
        queued();
        completesWith("/files/huge.png");
        fake.on("GET /files/huge.png", (ex, b) -> FakeService.stream(ex, 8L << 20));

        assertThatThrownBy(() -> tool(Duration.ofSeconds(20), 1 << 20).run(run(dir, "x", 1, 1)))
                .hasMessage("fal sent more than 1 MiB (result); it was not kept");
        // finished on fal's side: nothing to cancel
        assertThat(fake.called("PUT")).isFalse();
    }

    @Test
    void withoutAKeyTheEngineIsNotConfigured() {
        FalTool off = new FalTool(
                new Endpoint(null, null, MODEL, Duration.ofSeconds(5)), OUTBOUND, Watermark.DEFAULT, 1 << 20);
        assertThat(off.probe().available()).isFalse();
        assertThat(off.probe().reason()).contains("FRAMEWRIGHT_FAL_KEY");
    }
}
