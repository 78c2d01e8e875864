package dev.framewright.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.standardwebhooks.Webhook;
import dev.framewright.contract.ExecutionStatus;
import dev.framewright.contract.FileWebhookPayload;
import dev.framewright.contract.ToolExecutionWebhookPayload;
import dev.framewright.contract.ToolType;
import dev.framewright.contract.WebhookEventName;
import dev.framewright.contract.WebhookPayload;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Webhook verification (API.md §9.3) against requests signed with the standardwebhooks reference
 * library, as Framewright signs them: typed payloads, the ±300 s tolerance, rotation's two
 * signatures, and a typed failure for each way a request can be wrong.
 */
class WebhookVerificationTest {
    static final Instant NOW = Instant.parse("2025-04-23T12:00:00Z");
    static final String SECRET = secret();
    static final String TOOL_BODY =
            "{\"event\":\"tool_execution.failed\",\"toolExecutionId\":\"vg_exec_AAAAAAAAAAAAAAAAAAAAAA\","
                    + "\"toolType\":\"UPSCALE_IMAGE\",\"occurredAt\":1745409600,\"results\":null,"
                    + "\"error\":{\"message\":\"The engine failed\",\"code\":\"engine_failed\",\"requirement\":null,\"internalErrorCode\":null}}";
    static final String FILE_BODY = "{\"event\":\"file.download_ready\",\"fileId\":\"vg_file_AAAAAAAAAAAAAAAAAAAAAA\","
            + "\"occurredAt\":1745409600,\"file\":{\"fileId\":\"vg_file_AAAAAAAAAAAAAAAAAAAAAA\",\"scope\":\"GLOBAL\",\"type\":\"IMAGE\","
            + "\"displayName\":\"cat.png\",\"isPublicPreviewEnabled\":false},\"error\":null}";

    final WebhooksClient webhooks = VideoGenClient.builder()
            .environment(n -> null)
            .apiKey("unused-for-verification-0123456789")
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .build()
            .webhooks();

    static String secret() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }

    static Map<String, List<String>> signed(String secret, String id, long timestamp, String body) throws Exception {
        return Map.of(
                "Webhook-Id", List.of(id),
                "Webhook-Timestamp", List.of(String.valueOf(timestamp)),
                "Webhook-Signature", List.of(new Webhook(secret).sign(id, timestamp, body)));
    }

    @Test
    void aToolExecutionEventVerifiesToItsTypedPayload() throws Exception {
        WebhookPayload p = webhooks.verifyWebhookSignature(
                TOOL_BODY, signed(SECRET, "msg_1", NOW.getEpochSecond(), TOOL_BODY), SECRET);
        assertThat(p).isInstanceOfSatisfying(ToolExecutionWebhookPayload.class, t -> {
            assertThat(t.event()).isEqualTo(WebhookEventName.TOOL_EXECUTION_FAILED);
            assertThat(t.toolType()).isEqualTo(ToolType.UPSCALE_IMAGE);
            assertThat(t.error().code()).isEqualTo("engine_failed");
            assertThat(t.occurredAt()).isEqualTo(1745409600L);
        });
        assertThat(ExecutionStatus.FAILED.wire()).isEqualTo("failed");
    }

    @Test
    void aFileEventVerifiesFromBytesAndSingleHeaders() throws Exception {
        Map<String, List<String>> h = signed(SECRET, "msg_2", NOW.getEpochSecond() - 299, FILE_BODY);
        WebhookPayload p = webhooks.verifyWebhookSignature(FILE_BODY.getBytes(StandardCharsets.UTF_8), h, SECRET);
        assertThat(p).isInstanceOfSatisfying(FileWebhookPayload.class, f -> {
            assertThat(f.event()).isEqualTo(WebhookEventName.FILE_DOWNLOAD_READY);
            assertThat(f.file().displayName()).isEqualTo("cat.png");
        });
        WebhookPayload again = webhooks.verifyWebhookSignature(
                FILE_BODY,
                "msg_2",
                h.get("Webhook-Timestamp").get(0),
                h.get("Webhook-Signature").get(0),
                SECRET);
        assertThat(again).isEqualTo(p);
    }

    @Test
    void duringARotationEitherSignatureVerifies() throws Exception {
        String old = secret();
        long ts = NOW.getEpochSecond();
        String both =
                new Webhook(SECRET).sign("msg_3", ts, TOOL_BODY) + " " + new Webhook(old).sign("msg_3", ts, TOOL_BODY);
        Map<String, List<String>> h = Map.of(
                "webhook-id", List.of("msg_3"),
                "webhook-timestamp", List.of(String.valueOf(ts)),
                "webhook-signature", List.of(both));
        assertThat(webhooks.verifyWebhookSignature(TOOL_BODY, h, SECRET)).isNotNull();
        assertThat(webhooks.verifyWebhookSignature(TOOL_BODY, h, old)).isNotNull();
        assertRejected(
                () -> webhooks.verifyWebhookSignature(TOOL_BODY, h, secret()),
                WebhookVerificationException.Reason.INVALID_SIGNATURE);
    }

    @Test
    void everyWayOfBeingWrongIsTyped() throws Exception {
        long ts = NOW.getEpochSecond();
        Map<String, List<String>> good = signed(SECRET, "msg_4", ts, TOOL_BODY);
        assertRejected(
                () -> webhooks.verifyWebhookSignature(TOOL_BODY.replace("failed", "succeeded"), good, SECRET),
                WebhookVerificationException.Reason.INVALID_SIGNATURE);
        assertRejected(
                () -> webhooks.verifyWebhookSignature(TOOL_BODY, good, secret()),
                WebhookVerificationException.Reason.INVALID_SIGNATURE);
        assertRejected(
                () -> webhooks.verifyWebhookSignature(TOOL_BODY, signed(SECRET, "msg_4", ts - 301, TOOL_BODY), SECRET),
                WebhookVerificationException.Reason.INVALID_TIMESTAMP);
        assertRejected(
                () -> webhooks.verifyWebhookSignature(TOOL_BODY, signed(SECRET, "msg_4", ts + 301, TOOL_BODY), SECRET),
                WebhookVerificationException.Reason.INVALID_TIMESTAMP);
        assertRejected(
                () -> webhooks.verifyWebhookSignature(TOOL_BODY, Map.of("webhook-id", List.of("msg_4")), SECRET),
                WebhookVerificationException.Reason.MISSING_HEADERS);
        assertRejected(
                () -> webhooks.verifyWebhookSignature(TOOL_BODY, good, "whsec_%%%not-base64"),
                WebhookVerificationException.Reason.INVALID_SECRET);
        String notPayload = "[1,2,3]";
        assertRejected(
                () -> webhooks.verifyWebhookSignature(notPayload, signed(SECRET, "msg_5", ts, notPayload), SECRET),
                WebhookVerificationException.Reason.INVALID_PAYLOAD);
    }

    static void assertRejected(
            org.assertj.core.api.ThrowableAssert.ThrowingCallable call, WebhookVerificationException.Reason reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(WebhookVerificationException.class, e -> assertThat(e.reason())
                .isEqualTo(reason));
    }
}
