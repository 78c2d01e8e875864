package dev.framewright.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Delivery over real HTTP to a loopback receiver (API.md §9.3–§9.4, §5.4): retries keep the
 * webhook-id and body, redirects are not followed, 410 disables, Retry-After and timeouts, the
 * delivery log, replay, rotation with both signatures, and delete. Every request's signature is
 * verified with the Standard Webhooks library.
 */
class WebhookDeliveryTest {
    static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    static Path data;

    static TestServer s;
    static WebhookReceiver receiver;

    @BeforeAll
    static void start() throws Exception {
        receiver = WebhookReceiver.start();
        s = TestServer.start(
                data,
                "--webhooks-allow-http",
                "true",
                "--outbound-allow-private",
                "true",
                "--webhook-retry-schedule",
                "1,1,1",
                "--webhook-timeout-seconds",
                "4",
                "--rate-limits",
                "webhooks-create=1000");
    }

    @AfterAll
    static void stop() {
        s.close();
        receiver.close();
    }

    /** An endpoint on {@code path} of the receiver for file.upload.completed; returns the 201 body. */
    static JsonNode endpoint(String path) {
        TestServer.Res r = s.post(
                "/v1/webhooks/endpoints",
                "{\"url\":\"" + receiver.url(path) + "\",\"events\":[\"file.upload.completed\"]}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    /** An upload whose bytes arrive: one file.upload.completed per endpoint. */
    static String upload() {
        JsonNode created =
                s.post("/v1/files/upload", "{\"displayName\":\"dot.png\"}").json();
        TestServer.Res put =
                s.send(HttpRequest.newBuilder(s.uri(created.get("uploadUrl").asText()))
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(Media.png(4, 4))));
        assertThat(put.status()).isEqualTo(200);
        return created.get("fileId").asText();
    }

    static JsonNode deliveries(JsonNode endpoint) {
        return s.get("/v1/webhooks/endpoints/" + endpoint.get("endpointId").asText() + "/deliveries")
                .json()
                .get("deliveries");
    }

    static void delete(JsonNode endpoint) {
        assertThat(s.send(HttpRequest.newBuilder(s.uri("/v1/webhooks/endpoints/"
                                        + endpoint.get("endpointId").asText()))
                                .header("Authorization", "Bearer " + TestServer.KEY)
                                .DELETE())
                        .status())
                .isEqualTo(204);
    }

    @Test
    void aReceiverFailingTwiceGetsTheSameWebhookIdAndBodyThreeTimes() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        receiver.script("/flaky", r -> WebhookReceiver.Answer.of(calls.incrementAndGet() <= 2 ? 500 : 200));
        JsonNode ep = endpoint("/flaky");
        String secret = ep.get("signingSecret").asText();
        String fileId = upload();

        List<WebhookReceiver.Received> got = receiver.await("/flaky", l -> l.size() >= 3, WAIT);
        Thread.sleep(1500); // nothing more after the 2xx

        assertThat(receiver.at("/flaky")).hasSize(3);
        assertThat(got)
                .extracting(WebhookReceiver.Received::webhookId)
                .containsOnly(got.get(0).webhookId());
        assertThat(got.get(0).webhookId()).matches("msg_[A-Za-z0-9]{22}");
        assertThat(got)
                .extracting(WebhookReceiver.Received::body)
                .containsOnly(got.get(0).body());
        assertThat(got).allSatisfy(r -> {
            assertThat(r.verifies(secret)).as("signature").isTrue();
            assertThat(r.header("Content-Type")).isEqualTo("application/json");
            assertThat(r.header("User-Agent")).startsWith("Framewright-Webhooks/");
            assertThat(r.header("webhook-signature")).startsWith("v1,").doesNotContain(" ");
        });
        assertThat(got.get(0).json().get("fileId").asText()).isEqualTo(fileId);

        JsonNode log = deliveries(ep);
        assertThat(log).hasSize(1);
        JsonNode d = log.get(0);
        assertThat(d.get("deliveryId").asText()).matches("vg_dlv_[A-Za-z0-9]{22}");
        assertThat(d.get("webhookId").asText()).isEqualTo(got.get(0).webhookId());
        assertThat(d.get("event").asText()).isEqualTo("file.upload.completed");
        assertThat(d.get("status").asText()).isEqualTo("succeeded");
        assertThat(d.get("nextAttemptAt").isNull()).isTrue();
        assertThat(d.get("payload")).isEqualTo(got.get(0).json());
        assertThat(d.get("attempts"))
                .extracting(a -> a.get("responseStatus").asInt())
                .containsExactly(500, 500, 200);
        assertThat(d.get("attempts")).allSatisfy(a -> {
            assertThat(a.get("error").isNull()).isTrue();
            assertThat(a.get("attemptedAt").isIntegralNumber()).isTrue();
            assertThat(a.get("durationMs").isIntegralNumber()).isTrue();
        });
        delete(ep);
    }

    @Test
    void aRedirectIsAFailureAndIsNotFollowed() throws Exception {
        receiver.script(
                "/moved",
                r -> new WebhookReceiver.Answer(301, Map.of("Location", receiver.url("/elsewhere")), Duration.ZERO));
        JsonNode ep = endpoint("/moved");
        upload();

        receiver.await("/moved", l -> l.size() == 4, WAIT);
        JsonNode d = awaitDelivery(ep, "failed");

        assertThat(receiver.at("/elsewhere")).isEmpty();
        assertThat(d.get("attempts")).hasSize(4).allSatisfy(a -> {
            assertThat(a.get("responseStatus").asInt()).isEqualTo(301);
            assertThat(a.get("error").asText()).isEqualTo("redirect_not_followed");
        });
        // the endpoint stays active after the last failed attempt
        JsonNode listed = s.get("/v1/webhooks/endpoints").json().get("endpoints");
        assertThat(listed).anySatisfy(e -> {
            assertThat(e.get("endpointId")).isEqualTo(ep.get("endpointId"));
            assertThat(e.get("status").asText()).isEqualTo("active");
        });
        delete(ep);
    }

    static JsonNode awaitDelivery(JsonNode ep, String status) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < end) {
            last = deliveries(ep);
            if (last.size() == 1 && last.get(0).get("status").asText().equals(status)) {
                return last.get(0);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("delivery not " + status + ": " + last);
    }

    @Test
    void goneDisablesTheEndpointAndItsPendingMessagesFail() throws Exception {
        receiver.script("/gone", r -> WebhookReceiver.Answer.of(410));
        JsonNode ep = endpoint("/gone");
        String id = ep.get("endpointId").asText();
        upload();

        JsonNode d = awaitDelivery(ep, "failed");
        assertThat(d.get("attempts")).hasSize(1);
        JsonNode disabled = s.get("/v1/webhooks/endpoints").json().get("endpoints");
        assertThat(disabled).anySatisfy(e -> {
            assertThat(e.get("endpointId").asText()).isEqualTo(id);
            assertThat(e.get("status").asText()).isEqualTo("disabled");
            assertThat(e.get("disabledReason").asText()).isEqualTo("receiver answered 410 Gone");
        });

        upload();
        Thread.sleep(1500);
        assertThat(receiver.at("/gone")).hasSize(1);
        assertThat(deliveries(ep)).hasSize(1);
        TestServer.Res replay = s.postEmpty("/v1/webhooks/endpoints/" + id + "/deliveries/"
                + d.get("deliveryId").asText() + "/replay");
        assertThat(replay.status()).isEqualTo(400);
        assertThat(replay.code()).isEqualTo("invalid_parameters");
        delete(ep);
    }

    @Test
    void retryAfterOn503IsHonouredAndATimeoutIsRecorded() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        receiver.script("/busy", r -> switch (calls.incrementAndGet()) {
            case 1 -> new WebhookReceiver.Answer(503, Map.of("Retry-After", "3"), Duration.ZERO);
            case 2 -> new WebhookReceiver.Answer(200, Map.of(), Duration.ofSeconds(6));
            default -> WebhookReceiver.Answer.of(200);
        });
        JsonNode ep = endpoint("/busy");
        upload();

        List<WebhookReceiver.Received> got = receiver.await("/busy", l -> l.size() >= 3, WAIT);
        JsonNode d = awaitDelivery(ep, "succeeded");

        assertThat(Duration.between(got.get(0).at(), got.get(1).at())).isGreaterThanOrEqualTo(Duration.ofMillis(2900));
        assertThat(d.get("attempts").get(0).get("responseStatus").asInt()).isEqualTo(503);
        assertThat(d.get("attempts").get(1).get("responseStatus").isNull()).isTrue();
        assertThat(d.get("attempts").get(1).get("error").asText()).isEqualTo("timeout");
        assertThat(d.get("attempts").get(1).get("durationMs").asLong()).isBetween(3900L, 5900L);
        assertThat(d.get("attempts").get(2).get("responseStatus").asInt()).isEqualTo(200);
        delete(ep);
    }

    @Test
    void aReplaySendsTheSameIdAndBodyWithAFreshSignature() throws Exception {
        JsonNode ep = endpoint("/replay");
        String secret = ep.get("signingSecret").asText();
        upload();
        WebhookReceiver.Received first =
                receiver.await("/replay", l -> l.size() == 1, WAIT).get(0);
        JsonNode d = awaitDelivery(ep, "succeeded");

        TestServer.Res r =
                s.postEmpty("/v1/webhooks/endpoints/" + ep.get("endpointId").asText() + "/deliveries/"
                        + d.get("deliveryId").asText() + "/replay");

        assertThat(r.status()).as(r.body()).isEqualTo(202);
        assertThat(r.json().get("deliveryId")).isEqualTo(d.get("deliveryId"));
        assertThat(r.json().get("status").asText()).isEqualTo("pending");
        WebhookReceiver.Received again =
                receiver.await("/replay", l -> l.size() == 2, WAIT).get(1);
        assertThat(again.webhookId()).isEqualTo(first.webhookId());
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.verifies(secret)).isTrue();
        JsonNode after = awaitDelivery(ep, "succeeded");
        assertThat(after.get("attempts")).hasSize(2);
        assertThat(s.postEmpty("/v1/webhooks/endpoints/" + ep.get("endpointId").asText()
                                + "/deliveries/vg_dlv_AAAAAAAAAAAAAAAAAAAAAA/replay")
                        .code())
                .isEqualTo("not_found");
        assertThat(s.postEmpty("/v1/webhooks/endpoints/" + ep.get("endpointId").asText() + "/deliveries/nope/replay")
                        .code())
                .isEqualTo("invalid_id");
        delete(ep);
    }

    @Test
    void rotationSignsWithBothSecretsNewFirstAndASecondRotationDropsTheOldest() throws Exception {
        JsonNode ep = endpoint("/rotate");
        String id = ep.get("endpointId").asText();
        String original = ep.get("signingSecret").asText();

        TestServer.Res rotated = s.postEmpty("/v1/webhooks/endpoints/" + id + "/rotate-secret");
        assertThat(rotated.status()).isEqualTo(200);
        String second = rotated.json().get("signingSecret").asText();
        assertThat(second).startsWith("whsec_").isNotEqualTo(original);
        assertThat(rotated.json().get("signingSecretLast4").asText()).isEqualTo(second.substring(second.length() - 4));
        upload();
        WebhookReceiver.Received r1 =
                receiver.await("/rotate", l -> l.size() == 1, WAIT).get(0);
        String[] sigs = r1.header("webhook-signature").split(" ");
        assertThat(sigs).hasSize(2);
        assertThat(r1.verifies(second)).isTrue();
        assertThat(r1.verifies(original)).isTrue();
        assertThat(onlyFirstSignature(r1).verifies(second))
                .as("the new secret signs first")
                .isTrue();

        String third = s.postEmpty("/v1/webhooks/endpoints/" + id + "/rotate-secret")
                .json()
                .get("signingSecret")
                .asText();
        upload();
        WebhookReceiver.Received r2 =
                receiver.await("/rotate", l -> l.size() == 2, WAIT).get(1);
        assertThat(r2.verifies(third)).isTrue();
        assertThat(r2.verifies(second)).isTrue();
        assertThat(r2.verifies(original)).isFalse();
        JsonNode listed = s.get("/v1/webhooks/endpoints").json().get("endpoints");
        assertThat(listed).anySatisfy(e -> {
            assertThat(e.get("endpointId").asText()).isEqualTo(id);
            assertThat(e.get("signingSecret").isNull()).isTrue();
            assertThat(e.get("signingSecretLast4").asText()).isEqualTo(third.substring(third.length() - 4));
        });
        delete(ep);
    }

    private static WebhookReceiver.Received onlyFirstSignature(WebhookReceiver.Received r) {
        Map<String, List<String>> headers = new java.util.HashMap<>(r.headers());
        headers.keySet().removeIf(k -> k.equalsIgnoreCase("webhook-signature"));
        headers.put("webhook-signature", List.of(r.header("webhook-signature").split(" ")[0]));
        return new WebhookReceiver.Received(r.path(), headers, r.body(), r.at());
    }

    @Test
    void deletingStopsDeliveryAtOnceAndASecondDeleteIs404() throws Exception {
        receiver.script("/deleted", r -> WebhookReceiver.Answer.of(500));
        JsonNode ep = endpoint("/deleted");
        String id = ep.get("endpointId").asText();
        upload();
        receiver.await("/deleted", l -> !l.isEmpty(), WAIT);

        delete(ep);
        int seen = receiver.at("/deleted").size();
        Thread.sleep(2500);

        assertThat(receiver.at("/deleted").size()).isLessThanOrEqualTo(seen + 1); // one may be on the wire
        TestServer.Res again = s.send(HttpRequest.newBuilder(s.uri("/v1/webhooks/endpoints/" + id))
                .header("Authorization", "Bearer " + TestServer.KEY)
                .DELETE());
        assertThat(again.status()).isEqualTo(404);
        assertThat(s.get("/v1/webhooks/endpoints/" + id + "/deliveries").status())
                .isEqualTo(404);
        assertThat(new HashSet<>(receiver.at("/deleted").stream()
                        .map(WebhookReceiver.Received::webhookId)
                        .toList()))
                .hasSize(1);
    }
}
