package dev.framewright.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewright.server.http.Json;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Executions over HTTP: upscale-video with ffmpeg, truthful cancel (no ffmpeg left, no result, status
 * final), the stored SSE stream and its resumption, Idempotency-Key and list filters.
 */
class ExecutionsTest {
    @TempDir
    static Path data;

    @TempDir
    static Path media;

    static TestServer s;

    @BeforeAll
    static void start() throws Exception {
        s = TestServer.start(data);
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    static String upload(byte[] bytes, String name) throws Exception {
        return s.uploadReady(bytes, name);
    }

    static JsonNode awaitTerminal(String execId, Duration timeout) throws Exception {
        return s.awaitTerminal(execId, timeout);
    }

    /** Reads a whole SSE stream (until the server closes it) into events of {id, event, data}. */
    static List<JsonNode> sse(String execId, String lastEventId) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(s.uri("/v1/tools/executions/" + execId + "/events"))
                .header("Authorization", "Bearer " + TestServer.KEY)
                .timeout(Duration.ofSeconds(120));
        if (lastEventId != null) {
            b.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<InputStream> r = s.http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        List<JsonNode> events = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
            String id = null;
            String event = null;
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("id: ")) {
                    id = line.substring(4);
                } else if (line.startsWith("event: ")) {
                    event = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    var node = Json.MAPPER.createObjectNode();
                    node.put("id", Long.parseLong(id));
                    node.put("event", event);
                    node.set("data", Json.MAPPER.readTree(line.substring(6)));
                    events.add(node);
                }
            }
        }
        return events;
    }

    @Test
    void upscaleVideoDoublesTheSizeKeepsTheAudioAndReportsProgress() throws Exception {
        String fileId = upload(Videos.mp4(media, 160, 120, 2), "clip.mp4");
        String execId = s.post("/v1/tools/upscale-video", "{\"videoStorageFileId\":\"" + fileId + "\"}")
                .json()
                .get("toolExecutionId")
                .asText();
        JsonNode done = awaitTerminal(execId, Duration.ofSeconds(120));
        assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("succeeded");
        JsonNode out = done.get("results").get(0).get("file");
        assertThat(out.get("type").asText()).isEqualTo("VIDEO");
        assertThat(out.get("hlsSource").get("status").asText()).isEqualTo("ready");
        assertThat(out.get("downloadSource").get("width").asInt()).isEqualTo(320);
        Path file = media.resolve("upscaled.mp4");
        HttpResponse<Path> dl = s.http.send(
                HttpRequest.newBuilder(
                                s.uri(out.get("downloadSource").get("url").asText()))
                        .build(),
                HttpResponse.BodyHandlers.ofFile(file));
        assertThat(dl.statusCode()).isEqualTo(200);
        assertThat(Videos.probe(file)).isEqualTo("320,240 audio=1");

        List<JsonNode> events = sse(execId, "0");
        assertThat(events)
                .extracting(e -> e.get("data").get("status").asText())
                .startsWith("pending", "running")
                .endsWith("succeeded");
        assertThat(events.get(events.size() - 1)
                        .get("data")
                        .get("results")
                        .get(0)
                        .get("file")
                        .get("downloadSource")
                        .get("url")
                        .asText())
                .startsWith(s.base() + "/media/download/");
    }

    @Test
    void cancellingARunningVideoStopsFfmpegAndLeavesNoResult() throws Exception {
        String fileId = upload(Videos.mp4(media, 640, 360, 12), "long.mp4");
        int filesBefore = s.get("/v1/files").json().get("files").size();
        String execId = s.post("/v1/tools/upscale-video", "{\"videoStorageFileId\":\"" + fileId + "\"}")
                .json()
                .get("toolExecutionId")
                .asText();
        s.await(
                "/v1/tools/executions/" + execId,
                e -> e.get("status").asText().equals("running")
                        && e.get("progressPercentage").asInt() > 0,
                Duration.ofSeconds(60));
        assertThat(Videos.ffmpegUnder(data.resolve("tmp/executions"))).isNotEmpty();

        assertThat(s.postEmpty("/v1/tools/executions/" + execId + "/cancel").status())
                .isEqualTo(202);
        JsonNode end = awaitTerminal(execId, Duration.ofSeconds(30));
        assertThat(end.get("status").asText()).isEqualTo("cancelled");
        assertThat(end.get("results").isNull()).isTrue();
        assertThat(Videos.ffmpegUnder(data.resolve("tmp/executions"))).isEmpty();
        assertThat(s.get("/v1/files").json().get("files").size()).isEqualTo(filesBefore);
        try (var blobs = Files.walk(data.resolve("blobs"))) {
            assertThat(blobs.filter(p -> p.toString().contains("upscaled")).toList())
                    .isEmpty();
        }
        Thread.sleep(1500);
        assertThat(s.get("/v1/tools/executions/" + execId).json().get("status").asText())
                .isEqualTo("cancelled");

        List<JsonNode> all = sse(execId, "0");
        List<String> kinds = all.stream()
                .map(e -> e.get("event").asText() + ":"
                        + e.get("data").get("status").asText())
                .toList();
        assertThat(kinds).first().isEqualTo("status:pending");
        assertThat(kinds).contains("status:running", "progress:running").last().isEqualTo("status:cancelled");
        // resumed mid-way: only the events after the given id
        long mid = all.get(1).get("id").asLong();
        List<JsonNode> resumed = sse(execId, String.valueOf(mid));
        assertThat(resumed.get(0).get("id").asLong()).isEqualTo(mid + 1);
        assertThat(resumed).hasSize(all.size() - 2);
        // a fresh stream of a terminal execution is one snapshot, then the server closes it
        List<JsonNode> snapshot = sse(execId, null);
        assertThat(snapshot).hasSize(1);
        assertThat(snapshot.get(0).get("data").get("status").asText()).isEqualTo("cancelled");
    }

    @Test
    void idempotencyKeysReplayRefuseAndValidate() throws Exception {
        String fileId = upload(Media.png(12, 12), "idem.png");
        String body = "{\"imageStorageFileId\":\"" + fileId + "\"}";
        HttpRequest.Builder first = HttpRequest.newBuilder(s.uri("/v1/tools/upscale-image"))
                .header("Authorization", "Bearer " + TestServer.KEY)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "order-42")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        TestServer.Res a = s.send(first);
        TestServer.Res b = s.send(first);
        assertThat(a.status()).isEqualTo(202);
        assertThat(b.status()).isEqualTo(202);
        assertThat(b.json().get("toolExecutionId").asText())
                .isEqualTo(a.json().get("toolExecutionId").asText());
        assertThat(b.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(a.header("Idempotent-Replayed")).isNull();
        // the same body with nulls dropped and keys reordered has the same fingerprint
        TestServer.Res c = s.send(HttpRequest.newBuilder(s.uri("/v1/tools/upscale-image"))
                .header("Authorization", "Bearer " + TestServer.KEY)
                .header("Idempotency-Key", "\"order-42\"")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"numResults\":null,\"imageStorageFileId\":\"" + fileId + "\"}")));
        assertThat(c.json().get("toolExecutionId").asText())
                .isEqualTo(a.json().get("toolExecutionId").asText());

        TestServer.Res reused = s.send(HttpRequest.newBuilder(s.uri("/v1/tools/upscale-image"))
                .header("Authorization", "Bearer " + TestServer.KEY)
                .header("Idempotency-Key", "order-42")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"imageStorageFileId\":\"" + fileId + "\",\"numResults\":2}")));
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.code()).isEqualTo("idempotency_key_reused");

        TestServer.Res bad = s.send(HttpRequest.newBuilder(s.uri("/v1/tools/upscale-image"))
                .header("Authorization", "Bearer " + TestServer.KEY)
                .header("Idempotency-Key", "has space")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.code()).isEqualTo("invalid_parameters");

        // a 4xx records nothing: the key stays usable
        TestServer.Res invalid = s.send(HttpRequest.newBuilder(s.uri("/v1/tools/upscale-image"))
                .header("Authorization", "Bearer " + TestServer.KEY)
                .header("Idempotency-Key", "retry-me")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(invalid.status()).isEqualTo(400);
        TestServer.Res retried = s.send(HttpRequest.newBuilder(s.uri("/v1/tools/upscale-image"))
                .header("Authorization", "Bearer " + TestServer.KEY)
                .header("Idempotency-Key", "retry-me")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(retried.status()).isEqualTo(202);

        // uploads too
        HttpRequest.Builder up = HttpRequest.newBuilder(s.uri("/v1/files/upload"))
                .header("Authorization", "Bearer " + TestServer.KEY)
                .header("Idempotency-Key", "upload-1")
                .POST(HttpRequest.BodyPublishers.ofString("{\"displayName\":\"x.png\"}"));
        assertThat(s.send(up).json().get("fileId").asText())
                .isEqualTo(s.send(up).json().get("fileId").asText());
    }

    @Test
    void listFiltersAndCursorsBoundToThem() throws Exception {
        String fileId = upload(Media.png(10, 10), "list.png");
        for (int i = 0; i < 3; i++) {
            String id = s.post("/v1/tools/upscale-image", "{\"imageStorageFileId\":\"" + fileId + "\"}")
                    .json()
                    .get("toolExecutionId")
                    .asText();
            awaitTerminal(id, Duration.ofSeconds(60));
        }
        JsonNode ok = s.get("/v1/tools/executions?status=succeeded&toolType=UPSCALE_IMAGE,UPSCALE_VIDEO&limit=2")
                .json();
        assertThat(ok.get("executions")).hasSize(2);
        assertThat(ok.get("hasMore").asBoolean()).isTrue();
        assertThat(ok.get("executions").get(0).get("results").get(0).get("file").isNull())
                .isTrue();
        ok.get("executions").forEach(e -> assertThat(e.get("status").asText()).isEqualTo("succeeded"));
        String cursor = ok.get("nextCursor").asText();
        assertThat(s.get("/v1/tools/executions?status=succeeded&toolType=UPSCALE_IMAGE,UPSCALE_VIDEO&cursor=" + cursor)
                        .status())
                .isEqualTo(200);
        assertThat(s.get("/v1/tools/executions?status=failed&cursor=" + cursor).code())
                .isEqualTo("invalid_parameters");
        assertThat(s.get("/v1/tools/executions?status=done").code()).isEqualTo("invalid_parameters");
        assertThat(s.get("/v1/tools/executions?toolType=upscale-image").code()).isEqualTo("invalid_parameters");
        assertThat(s.get("/v1/tools/executions?limit=0").code()).isEqualTo("invalid_parameters");
    }
}
