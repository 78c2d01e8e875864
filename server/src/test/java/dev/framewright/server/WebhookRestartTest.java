package dev.framewright.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Webhooks are never lost: while the receiver is down 50 executions finish, the server is restarted
 * in the middle of the retries, the receiver comes back, and every message arrives, none twice after
 * a 2xx.
 */
class WebhookRestartTest {
    static final int EXECUTIONS = 50;
    static final String[] FLAGS = {
        "--webhooks-allow-http", "true",
        "--outbound-allow-private", "true",
        "--webhook-retry-schedule", "1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1",
        "--team-concurrency", "8"
    };

    @TempDir
    Path data;

    @Test
    void everyMessageArrivesOnceAfterAnOutageAndARestart() throws Exception {
        WebhookReceiver receiver = WebhookReceiver.start();
        List<String> executions = new ArrayList<>();
        JsonNode endpoint;
        try (TestServer first = TestServer.start(data, FLAGS)) {
            endpoint = first.post(
                            "/v1/webhooks/endpoints",
                            "{\"url\":\"" + receiver.url("/hook") + "\",\"events\":[\"tool_execution.succeeded\","
                                    + "\"tool_execution.failed\",\"tool_execution.cancelled\"]}")
                    .json();
            receiver.stop(); // the receiver is down from now on: connections are refused
            String input = first.uploadReady(Media.png(8, 8), "tiny.png");
            for (int i = 0; i < EXECUTIONS; i++) {
                TestServer.Res r = first.post(
                        "/v1/tools/upscale-image", "{\"imageStorageFileId\":\"" + input + "\",\"numResults\":1}");
                assertThat(r.status()).as(r.body()).isEqualTo(202);
                executions.add(r.json().get("toolExecutionId").asText());
            }
            for (String id : executions) {
                first.awaitTerminal(id, Duration.ofSeconds(120));
            }
            awaitFailedAttempts(first, endpoint, EXECUTIONS);
        } // the server stops during the retries

        try (TestServer second = TestServer.start(data, FLAGS)) {
            receiver.restart();
            String secret = endpoint.get("signingSecret").asText();
            List<WebhookReceiver.Received> got =
                    receiver.await("/hook", l -> distinctIds(l).size() >= EXECUTIONS, Duration.ofSeconds(60));
            Thread.sleep(2500); // retries would come within the 1 s schedule

            got = receiver.at("/hook");
            Map<String, Integer> perId = new HashMap<>();
            got.forEach(r -> perId.merge(r.webhookId(), 1, Integer::sum));
            assertThat(perId).hasSize(EXECUTIONS);
            assertThat(perId.values())
                    .as("a message received twice after a 2xx")
                    .containsOnly(1);
            Set<String> reported = new TreeSet<>();
            for (WebhookReceiver.Received r : got) {
                assertThat(r.verifies(secret)).isTrue();
                assertThat(r.json().get("event").asText()).isEqualTo("tool_execution.succeeded");
                reported.add(r.json().get("toolExecutionId").asText());
            }
            assertThat(reported).isEqualTo(new TreeSet<>(executions));
            JsonNode log = second.get("/v1/webhooks/endpoints/"
                            + endpoint.get("endpointId").asText() + "/deliveries?status=succeeded&limit=200")
                    .json()
                    .get("deliveries");
            assertThat(log).hasSize(EXECUTIONS).allSatisfy(d -> {
                JsonNode attempts = d.get("attempts");
                assertThat(attempts.get(0).get("error").asText()).isEqualTo("connection_refused");
                assertThat(attempts.get(attempts.size() - 1)
                                .get("responseStatus")
                                .asInt())
                        .isEqualTo(200);
            });
        } finally {
            receiver.close();
        }
    }

    @Test
    void anEndpointWhoseSecretCannotBeOpenedIsDisabledNotRetriedForever(@TempDir Path other) throws Exception {
        String keyA = java.util.Base64.getEncoder().encodeToString(new byte[32]);
        byte[] b = new byte[32];
        java.util.Arrays.fill(b, (byte) 7);
        String keyB = java.util.Base64.getEncoder().encodeToString(b);
        WebhookReceiver receiver = WebhookReceiver.start();
        try {
            String endpointId;
            try (TestServer first = start(other, keyA)) {
                endpointId = first.post(
                                "/v1/webhooks/endpoints",
                                "{\"url\":\"" + receiver.url("/hook") + "\",\"events\":[\"tool_execution.succeeded\"]}")
                        .json()
                        .get("endpointId")
                        .asText();
            }
            // the operator changed the key: the stored secret can no longer be opened
            try (TestServer second = start(other, keyB)) {
                String input = second.uploadReady(Media.png(8, 8), "tiny.png");
                TestServer.Res r = second.post(
                        "/v1/tools/upscale-image", "{\"imageStorageFileId\":\"" + input + "\",\"numResults\":1}");
                assertThat(r.status()).as(r.body()).isEqualTo(202);
                second.awaitTerminal(r.json().get("toolExecutionId").asText(), Duration.ofSeconds(60));
                JsonNode ep = second.await(
                                "/v1/webhooks/endpoints",
                                l -> l.get("endpoints")
                                        .get(0)
                                        .get("status")
                                        .asText()
                                        .equals("disabled"),
                                Duration.ofSeconds(30))
                        .get("endpoints")
                        .get(0);
                assertThat(ep.get("endpointId").asText()).isEqualTo(endpointId);
                assertThat(ep.get("disabledReason").asText()).contains("webhook-secret-key");
                JsonNode log = second.await(
                        "/v1/webhooks/endpoints/" + endpointId + "/deliveries",
                        l -> l.get("deliveries").size() == 1,
                        Duration.ofSeconds(30));
                assertThat(log.get("deliveries").get(0).get("status").asText()).isEqualTo("failed");
                assertThat(receiver.at("/hook"))
                        .as("nothing unsigned or wrongly signed was sent")
                        .isEmpty();
                assertThat(second.get("/healthz").status()).isEqualTo(200);
            }
        } finally {
            receiver.close();
        }
    }

    private static TestServer start(Path data, String secretKey) throws Exception {
        List<String> flags = new ArrayList<>(List.of(FLAGS));
        flags.addAll(List.of("--webhook-secret-key", secretKey));
        return TestServer.start(data, flags.toArray(String[]::new));
    }

    private static Set<String> distinctIds(List<WebhookReceiver.Received> l) {
        Set<String> ids = new TreeSet<>();
        l.forEach(r -> ids.add(r.webhookId()));
        return ids;
    }

    /** Waits until every message has at least one failed attempt logged. */
    private static void awaitFailedAttempts(TestServer s, JsonNode endpoint, int n) throws InterruptedException {
        String path = "/v1/webhooks/endpoints/" + endpoint.get("endpointId").asText() + "/deliveries?limit=200";
        s.await(
                path,
                log -> log.get("deliveries").size() == n
                        && java.util.stream.StreamSupport.stream(
                                        log.get("deliveries").spliterator(), false)
                                .allMatch(d -> d.get("attempts").size() >= 1
                                        && d.get("status").asText().equals("pending")),
                Duration.ofSeconds(60));
    }
}
