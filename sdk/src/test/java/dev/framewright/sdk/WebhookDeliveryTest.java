package dev.framewright.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.framewright.contract.CreateWebhookEndpointRequest;
import dev.framewright.contract.DeliveryStatus;
import dev.framewright.contract.ExecutedTool;
import dev.framewright.contract.FileWebhookPayload;
import dev.framewright.contract.StorageFile;
import dev.framewright.contract.ToolExecutionWebhookPayload;
import dev.framewright.contract.UpscaleImageRequest;
import dev.framewright.contract.WebhookDelivery;
import dev.framewright.contract.WebhookEndpoint;
import dev.framewright.contract.WebhookEndpointStatus;
import dev.framewright.contract.WebhookEventName;
import dev.framewright.contract.WebhookPayload;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The webhook endpoints API through the SDK, and verification of the deliveries the real server
 * sends (API.md §5, §9): a receiver on loopback gets the file and tool-execution events, the SDK
 * verifies each raw request and returns its typed payload; replay keeps the webhook-id, rotation
 * signs with both secrets, and a tampered body is refused.
 */
class WebhookDeliveryTest {
    static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    static Path data;

    @TempDir
    static Path work;

    static TestServer server;
    static Receiver receiver;
    static VideoGenClient client;

    @BeforeAll
    static void start() throws Exception {
        receiver = new Receiver();
        server = TestServer.start(
                data,
                "--webhooks-allow-http",
                "true",
                "--outbound-allow-private",
                "true",
                "--webhook-retry-schedule",
                "1,1,1",
                "--webhook-timeout-seconds",
                "4");
        client = server.client();
    }

    @AfterAll
    static void stop() {
        server.close();
        receiver.close();
    }

    @Test
    void realDeliveriesVerifyToTypedPayloads() throws Exception {
        WebhookEndpoint endpoint = client.webhooks()
                .createEndpoint(new CreateWebhookEndpointRequest(
                        receiver.url("/hooks"),
                        List.of(WebhookEventName.FILE_UPLOAD_COMPLETED, WebhookEventName.TOOL_EXECUTION_SUCCEEDED),
                        "sdk test"));
        String secret = endpoint.signingSecret();
        assertThat(secret).startsWith("whsec_");
        assertThat(endpoint.status()).isEqualTo(WebhookEndpointStatus.ACTIVE);
        WebhookEndpoint listed = client.webhooks().listEndpoints().endpoints().stream()
                .filter(e -> e.endpointId().equals(endpoint.endpointId()))
                .findFirst()
                .orElseThrow();
        assertThat(listed.signingSecret()).isNull();
        assertThat(secret).endsWith(listed.signingSecretLast4());

        StorageFile image = client.files().uploadFile(Media.png(work, "hook.png", 40, 30));
        ExecutedTool done =
                client.tools().upscaleImageAndWait(new UpscaleImageRequest(image.fileId(), null, null, null));

        Receiver.Received uploaded = receiver.await(r -> r.text().contains("\"file.upload.completed\""), 1, WAIT)
                .get(0);
        WebhookPayload filePayload =
                client.webhooks().verifyWebhookSignature(uploaded.body(), uploaded.headers(), secret);
        assertThat(filePayload).isInstanceOfSatisfying(FileWebhookPayload.class, f -> {
            assertThat(f.event()).isEqualTo(WebhookEventName.FILE_UPLOAD_COMPLETED);
            assertThat(f.fileId()).isEqualTo(image.fileId());
            assertThat(f.file().displayName()).isEqualTo("hook.png");
        });

        Receiver.Received succeeded = receiver.await(r -> r.text().contains("\"tool_execution.succeeded\""), 1, WAIT)
                .get(0);
        WebhookPayload toolPayload =
                client.webhooks().verifyWebhookSignature(succeeded.text(), succeeded.headers(), secret);
        assertThat(toolPayload).isInstanceOfSatisfying(ToolExecutionWebhookPayload.class, t -> {
            assertThat(t.toolExecutionId()).isEqualTo(done.toolExecutionId());
            assertThat(t.results().get(0).file().downloadSource().url()).isNotNull();
            assertThat(t.error()).isNull();
        });

        // a tampered body or another endpoint's secret does not verify
        String tampered = succeeded.text().replace("tool_execution.succeeded", "tool_execution.failed");
        assertThatThrownBy(() -> client.webhooks().verifyWebhookSignature(tampered, succeeded.headers(), secret))
                .isInstanceOfSatisfying(WebhookVerificationException.class, e -> assertThat(e.reason())
                        .isEqualTo(WebhookVerificationException.Reason.INVALID_SIGNATURE));

        // the delivery log, replay (same webhook-id, fresh signature) and rotation (both secrets sign)
        List<WebhookDelivery> deliveries = awaitSucceeded(endpoint.endpointId(), 2);
        WebhookDelivery toolDelivery = deliveries.stream()
                .filter(d -> d.event() == WebhookEventName.TOOL_EXECUTION_SUCCEEDED)
                .findFirst()
                .orElseThrow();
        assertThat(toolDelivery.webhookId()).isEqualTo(succeeded.header("webhook-id"));

        WebhookEndpoint rotated = client.webhooks().rotateSecret(endpoint.endpointId());
        assertThat(rotated.signingSecret()).startsWith("whsec_").isNotEqualTo(secret);
        WebhookDelivery replayed = client.webhooks().replayDelivery(endpoint.endpointId(), toolDelivery.deliveryId());
        assertThat(replayed.deliveryId()).isEqualTo(toolDelivery.deliveryId());
        List<Receiver.Received> both =
                receiver.await(r -> toolDelivery.webhookId().equals(r.header("webhook-id")), 2, WAIT);
        Receiver.Received again = both.get(1);
        assertThat(again.header("webhook-signature").split(" ")).hasSize(2);
        assertThat(client.webhooks().verifyWebhookSignature(again.body(), again.headers(), rotated.signingSecret()))
                .isEqualTo(toolPayload);
        assertThat(client.webhooks().verifyWebhookSignature(again.body(), again.headers(), secret))
                .isEqualTo(toolPayload);

        assertThat(client.webhooks()
                        .listDeliveries(endpoint.endpointId(), DeliveryStatus.FAILED, ListParams.ALL)
                        .deliveries())
                .isEmpty();
        client.webhooks().deleteEndpoint(endpoint.endpointId());
        assertThat(client.webhooks().listEndpoints().endpoints())
                .extracting(WebhookEndpoint::endpointId)
                .doesNotContain(endpoint.endpointId());
        assertThatThrownBy(() -> client.webhooks().deleteEndpoint(endpoint.endpointId()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void refusedEndpointsAreTyped() {
        assertThatThrownBy(() -> client.webhooks()
                        .createEndpoint(new CreateWebhookEndpointRequest(receiver.url("/x"), List.of(), null)))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.error().message()).contains("events"));
    }

    static List<WebhookDelivery> awaitSucceeded(String endpointId, int count) throws Exception {
        long end = System.nanoTime() + WAIT.toNanos();
        while (true) {
            List<WebhookDelivery> ok = client.webhooks()
                    .listDeliveries(endpointId, DeliveryStatus.SUCCEEDED, ListParams.ALL)
                    .deliveries();
            if (ok.size() >= count) {
                return ok;
            }
            if (System.nanoTime() > end) {
                throw new AssertionError(
                        "deliveries did not succeed: " + client.webhooks().listDeliveries(endpointId));
            }
            Thread.sleep(100);
        }
    }
}
