package dev.framewright.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every event that can happen today reaches a subscribed receiver with the payload of API.md §9.2:
 * the three {@code tool_execution.*} events and the four upload events (completed, download_ready,
 * playback_ready, upload.failed for bad content and for an expired URL), each file's in lifecycle
 * order, none for tool outputs. {@code file.analysis_*} cannot happen yet: analysis is not built.
 */
class WebhookEventsTest {
    static final Duration WAIT = Duration.ofSeconds(90);
    static final Set<String> TOOL_FIELDS =
            Set.of("event", "toolExecutionId", "toolType", "occurredAt", "results", "error");
    static final Set<String> FILE_FIELDS = Set.of("event", "fileId", "occurredAt", "file", "error");

    @TempDir
    static Path data;

    @TempDir
    static Path media;

    static TestServer s;
    static WebhookReceiver receiver;
    static String secret;

    @BeforeAll
    static void start() throws Exception {
        receiver = WebhookReceiver.start();
        s = TestServer.start(data, "--webhooks-allow-http", "true", "--outbound-allow-private", "true");
        secret = subscribeAll(s, receiver.url("/all"));
    }

    @AfterAll
    static void stop() {
        s.close();
        receiver.close();
    }

    static String subscribeAll(TestServer server, String url) {
        TestServer.Res r = server.post(
                "/v1/webhooks/endpoints",
                "{\"url\":\"" + url + "\",\"events\":[\"tool_execution.succeeded\",\"tool_execution.failed\","
                        + "\"tool_execution.cancelled\",\"file.upload.completed\",\"file.upload.failed\","
                        + "\"file.download_ready\",\"file.playback_ready\",\"file.analysis_completed\","
                        + "\"file.analysis_failed\",\"file.upload.completed\"]}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("events")).hasSize(9);
        return r.json().get("signingSecret").asText();
    }

    /** The payloads received at {@code path} about {@code subject}, in arrival order, once {@code n} are in. */
    static List<JsonNode> eventsAbout(WebhookReceiver rcv, String path, String subject, int n, String key)
            throws InterruptedException {
        List<WebhookReceiver.Received> got = rcv.await(
                path, l -> l.stream().filter(r -> about(r, subject, key)).count() >= n, WAIT);
        List<JsonNode> out = new ArrayList<>();
        for (WebhookReceiver.Received r : got) {
            if (about(r, subject, key)) {
                assertThat(r.verifies(secret)).as("signature of " + r.body()).isTrue();
                out.add(r.json());
            }
        }
        return out;
    }

    private static boolean about(WebhookReceiver.Received r, String subject, String key) {
        return subject.equals(r.json().path(key).asText());
    }

    static Set<String> fields(JsonNode n) {
        Set<String> out = new TreeSet<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    static List<String> names(List<JsonNode> events) {
        return events.stream().map(e -> e.get("event").asText()).toList();
    }

    static void assertRecent(JsonNode payload) {
        assertThat(payload.get("occurredAt").isIntegralNumber()).isTrue();
        assertThat(payload.get("occurredAt").asLong())
                .isBetween(Instant.now().getEpochSecond() - 600, Instant.now().getEpochSecond() + 600);
    }

    @Test
    void uploadsReportCompletedDownloadReadyAndPlaybackReadyInOrder() throws Exception {
        String image = s.uploadReady(Media.png(32, 24), "dot.png");
        String video = s.uploadReady(Videos.mp4(media, 160, 120, 1), "clip.mp4");

        List<JsonNode> imageEvents = eventsAbout(receiver, "/all", image, 2, "fileId");
        assertThat(names(imageEvents)).containsExactly("file.upload.completed", "file.download_ready");
        List<JsonNode> videoEvents = eventsAbout(receiver, "/all", video, 3, "fileId");
        assertThat(names(videoEvents))
                .containsExactly("file.upload.completed", "file.download_ready", "file.playback_ready");

        for (JsonNode e : imageEvents) {
            assertThat(fields(e)).isEqualTo(FILE_FIELDS);
            assertRecent(e);
            assertThat(e.get("error").isNull()).isTrue();
            assertThat(e.get("file").get("fileId").asText()).isEqualTo(image);
            assertThat(e.get("file").get("type").asText()).isEqualTo("IMAGE");
            assertThat(e.get("file").get("displayName").asText()).isEqualTo("dot.png");
        }
        JsonNode downloadReady = imageEvents.get(1).get("file").get("downloadSource");
        assertThat(downloadReady.get("status").asText()).isEqualTo("ready");
        assertThat(downloadReady.get("url").asText()).startsWith(s.base() + "/media/download/");
        assertThat(downloadReady.get("expiresAt").asLong())
                .isGreaterThan(Instant.now().getEpochSecond());
        JsonNode hls = videoEvents.get(2).get("file").get("hlsSource");
        assertThat(hls.get("status").asText()).isEqualTo("ready");
        assertThat(hls.get("url").asText()).contains("/media/hls/" + video + "/");
    }

    @Test
    void contentThatContradictsTheDeclaredTypeFailsTheUpload() throws Exception {
        JsonNode created = s.post("/v1/files/upload", "{\"displayName\":\"fake.mp4\",\"type\":\"VIDEO\"}")
                .json();
        String fileId = created.get("fileId").asText();
        s.send(HttpRequest.newBuilder(s.uri(created.get("uploadUrl").asText()))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(Media.png(8, 8))));

        List<JsonNode> events = eventsAbout(receiver, "/all", fileId, 1, "fileId");

        assertThat(names(events)).containsExactly("file.upload.failed");
        JsonNode e = events.get(0);
        assertThat(fields(e)).isEqualTo(FILE_FIELDS);
        assertThat(e.get("error").get("code").asText()).isEqualTo("unsupported_media_type");
        assertThat(e.get("error").get("message").asText()).contains("declared type is VIDEO");
        assertThat(e.get("file").get("downloadSource").get("status").asText()).isEqualTo("failed");
        Thread.sleep(500);
        assertThat(eventsAbout(receiver, "/all", fileId, 1, "fileId")).hasSize(1); // nothing follows
    }

    @Test
    void executionsReportSucceededWithHydratedResultsAndFailedWithTheError() throws Exception {
        String input = s.uploadReady(Media.png(16, 16), "small.png");
        String tooWide = s.uploadReady(Media.png(5000, 10), "wide.png");
        String ok = start(input);
        String bad = start(tooWide);

        JsonNode succeeded =
                eventsAbout(receiver, "/all", ok, 1, "toolExecutionId").get(0);
        JsonNode failed =
                eventsAbout(receiver, "/all", bad, 1, "toolExecutionId").get(0);

        assertThat(fields(succeeded)).isEqualTo(TOOL_FIELDS);
        assertThat(succeeded.get("event").asText()).isEqualTo("tool_execution.succeeded");
        assertThat(succeeded.get("toolType").asText()).isEqualTo("UPSCALE_IMAGE");
        assertRecent(succeeded);
        assertThat(succeeded.get("error").isNull()).isTrue();
        JsonNode result = succeeded.get("results").get(0);
        assertThat(result.get("type").asText()).isEqualTo("IMAGE");
        assertThat(result.get("file").get("fileId").asText())
                .isEqualTo(result.get("fileId").asText());
        assertThat(result.get("file").get("sourceToolExecutionId").asText()).isEqualTo(ok);
        assertThat(result.get("file").get("downloadSource").get("url").asText()).startsWith(s.base() + "/media/");

        assertThat(fields(failed)).isEqualTo(TOOL_FIELDS);
        assertThat(failed.get("event").asText()).isEqualTo("tool_execution.failed");
        assertThat(failed.get("results").isNull()).isTrue();
        assertThat(failed.get("error").get("code").asText()).isEqualTo("input_invalid");
        assertThat(failed.get("error").get("message").asText()).isNotBlank();

        Thread.sleep(500);
        String output = result.get("fileId").asText();
        assertThat(receiver.at("/all"))
                .noneSatisfy(r -> assertThat(r.json().path("fileId").asText()).isEqualTo(output));
    }

    static String start(String imageFileId) {
        TestServer.Res r = s.post("/v1/tools/upscale-image", "{\"imageStorageFileId\":\"" + imageFileId + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        return r.json().get("toolExecutionId").asText();
    }

    @Test
    void aCancelledExecutionAndAnUploadUrlThatExpiredUnused(@TempDir Path other) throws Exception {
        MutableClock clock = new MutableClock();
        try (WebhookReceiver rcv = WebhookReceiver.start();
                TestServer idle = TestServer.start(
                        other,
                        clock,
                        "--workers",
                        "0",
                        "--upload-url-ttl-seconds",
                        "60",
                        "--webhooks-allow-http",
                        "true",
                        "--outbound-allow-private",
                        "true")) {
            String hookSecret = subscribeAll(idle, rcv.url("/idle"));
            String input = idle.uploadReady(Media.png(8, 8), "in.png");
            String exec = idle.post("/v1/tools/upscale-image", "{\"imageStorageFileId\":\"" + input + "\"}")
                    .json()
                    .get("toolExecutionId")
                    .asText();
            assertThat(idle.postEmpty("/v1/tools/executions/" + exec + "/cancel")
                            .status())
                    .isEqualTo(202);
            String unused = idle.post("/v1/files/upload", "{\"displayName\":\"never.png\"}")
                    .json()
                    .get("fileId")
                    .asText();
            List<WebhookReceiver.Received> cancelled =
                    rcv.await("/idle", l -> l.stream().anyMatch(r -> about(r, exec, "toolExecutionId")), WAIT);

            clock.advance(Duration.ofSeconds(61));
            idle.server.sweepNow();
            List<WebhookReceiver.Received> all =
                    rcv.await("/idle", l -> l.stream().anyMatch(r -> about(r, unused, "fileId")), WAIT);

            JsonNode c = cancelled.stream()
                    .filter(r -> about(r, exec, "toolExecutionId"))
                    .findFirst()
                    .orElseThrow()
                    .json();
            assertThat(fields(c)).isEqualTo(TOOL_FIELDS);
            assertThat(c.get("event").asText()).isEqualTo("tool_execution.cancelled");
            assertThat(c.get("results").isNull()).isTrue();
            assertThat(c.get("error").isNull()).isTrue();
            WebhookReceiver.Received expired = all.stream()
                    .filter(r -> about(r, unused, "fileId"))
                    .findFirst()
                    .orElseThrow();
            assertThat(expired.verifies(hookSecret)).isTrue();
            assertThat(expired.json().get("event").asText()).isEqualTo("file.upload.failed");
            assertThat(expired.json().get("error").get("code").asText()).isEqualTo("url_expired");
            assertThat(expired.json()
                            .get("file")
                            .get("downloadSource")
                            .get("status")
                            .asText())
                    .isEqualTo("failed");
            assertThat(all).allSatisfy(r -> assertThat(r.verifies(hookSecret)).isTrue());
        }
    }
}
