package dev.framewright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The videogen commands run in-process against a real server: the README's upload → upscale →
 * download flow, every command group, table and JSON output, the progress output, and the exit code
 * of each class of error.
 */
class CliTest {
    @TempDir
    static Path data;

    @TempDir
    static Path work;

    static CliTestServer server;
    static Path cat;
    static String catId;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws IOException {
        server = CliTestServer.start(data);
        cat = Media.png(work, "cat.png", 80, 60);
        CliTestServer.Run up = server.run("files", "upload", cat.toString(), "--wait");
        assertThat(up.code()).as(up.toString()).isZero();
        catId = up.out().strip();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static JsonNode json(CliTestServer.Run r) throws IOException {
        return JSON.readTree(r.out());
    }

    @Test
    void theReadmeFlowUploadsUpscalesWithProgressAndSaves() throws IOException {
        assertThat(catId).startsWith("vg_file_");
        Path big = work.resolve("big.png");
        CliTestServer.Run r = server.run("tools", "upscale-image", "--image", catId, "--wait", "--out", big.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out().strip()).isEqualTo(big.toString());
        assertThat(Media.size(big)).containsExactly(160, 120);
        assertThat(r.err()).contains("started vg_exec_").contains(": succeeded 100%");
    }

    @Test
    void aLocalFileIsUploadedFirstAndResultsGoIntoADirectory() throws IOException {
        Path dir = Files.createDirectories(work.resolve("results"));
        CliTestServer.Run r = server.run(
                "tools",
                "upscale-image",
                "--image",
                cat.toString(),
                "--num-results",
                "2",
                "-o",
                dir.toString(),
                "--quiet");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out().strip().lines())
                .hasSize(2)
                .allSatisfy(p -> assertThat(Path.of(p)).exists().hasParent(dir));
        assertThat(r.err()).isEmpty();
    }

    @Test
    void withoutWaitAStartPrintsTheExecutionIdAndWatchFollowsIt() throws Exception {
        CliTestServer.Run started = server.run(
                "tools",
                "upscale-video",
                "--video",
                Media.mp4(work, "clip.mp4", 160, 120, 1.0).toString());
        assertThat(started.code()).as(started.toString()).isZero();
        String id = started.out().strip().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(id).startsWith("vg_exec_");

        Path out = work.resolve("watched.mp4");
        CliTestServer.Run watched = server.run("executions", "watch", id, "--out", out.toString());
        assertThat(watched.code()).as(watched.toString()).isZero();
        assertThat(watched.err()).contains(id + ": succeeded 100%");
        assertThat(Media.videoSize(out)).isEqualTo("320x240");

        CliTestServer.Run polled = server.run("executions", "watch", id, "--poll");
        assertThat(polled.code()).isZero();
        assertThat(polled.out()).startsWith("vg_file_");

        CliTestServer.Run get = server.run("executions", "get", id);
        assertThat(get.out()).contains("status:").contains("succeeded").contains("result[0]:");
        CliTestServer.Run list = server.run("executions", "list", "--status", "succeeded", "--tool", "UPSCALE_VIDEO");
        assertThat(list.out()).startsWith("EXECUTION ID").contains(id);
        CliTestServer.Run asJson = server.run("executions", "list", "--limit", "1", "--json");
        assertThat(json(asJson).path("executions")).hasSize(1);
        assertThat(server.run("executions", "cancel", id).out().strip()).isEqualTo(id);
    }

    @Test
    void aCancelledExecutionExitsWithEight() throws Exception {
        CliTestServer.Run started = server.run(
                "tools",
                "upscale-video",
                "--video",
                Media.mp4(work, "long.mp4", 160, 120, 4.0).toString(),
                "-q");
        String id = started.out().strip();
        assertThat(server.run("executions", "cancel", id).code()).isZero();
        CliTestServer.Run watched = server.run("executions", "watch", id);
        if (watched.code() == 0) {
            return; // the engine finished before the cancel arrived: nothing to assert
        }
        assertThat(watched.code()).as(watched.toString()).isEqualTo(8);
        assertThat(watched.err()).contains("cancelled");
    }

    @Test
    void filesCommands() throws IOException {
        CliTestServer.Run list = server.run("files", "list");
        assertThat(list.code()).isZero();
        assertThat(list.out()).startsWith("FILE ID").contains(catId).contains("cat.png");
        JsonNode page = json(server.run("files", "list", "--limit", "1", "--json"));
        assertThat(page.path("files")).hasSize(1);

        assertThat(server.run("files", "get", catId).out())
                .contains("displayName:")
                .contains("download:")
                .contains("ready");
        assertThat(json(server.run("files", "hydrate", catId, "--json"))
                        .path("downloadSource")
                        .path("url")
                        .asText())
                .contains("/media/");
        assertThat(server.run("files", "enable-preview", catId).out()).contains("publicPlaybackId:");
        assertThat(server.run("files", "disable-preview", catId).out())
                .contains("publicPreview:")
                .contains("disabled");

        Path saved = work.resolve("copy.png");
        CliTestServer.Run dl = server.run("files", "download", catId, "--out", saved.toString());
        assertThat(dl.code()).as(dl.toString()).isZero();
        assertThat(Files.readAllBytes(saved)).isEqualTo(Files.readAllBytes(cat));

        CliTestServer.Run quick = server.run("files", "upload", cat.toString(), "--name", "quick", "--temporary");
        String quickId = quick.out().strip();
        assertThat(quickId).startsWith("vg_file_");
        CliTestServer.Run archived = server.run("files", "archive", quickId);
        assertThat(archived.code()).isZero();
        assertThat(server.run("files", "list").out()).doesNotContain(quickId);
    }

    @Test
    void resourcesWebhooksAndMe() throws IOException {
        CliTestServer.Run engines = server.run("resources", "engines");
        assertThat(engines.out())
                .startsWith("CAPABILITY")
                .contains("UPSCALE_IMAGE")
                .contains("GENERATE_IMAGE");
        assertThat(server.run("resources", "voices").out()).contains("(none)");
        assertThat(server.run("resources", "presenters", "--json").out()).contains("\"avatarPresenters\"");
        assertThat(server.run("webhooks", "list").out()).startsWith("ENDPOINT ID");
        CliTestServer.Run me = server.run("me");
        assertThat(me.out()).contains("teamId:").contains("vg_team_").contains("bootstrap");
        assertThat(json(server.run("me", "--json")).path("apiKeyId").asText()).startsWith("vg_key_");
    }

    @Test
    void webhookVerification() throws Exception {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        String secret = "whsec_" + Base64.getEncoder().encodeToString(key);
        String body =
                "{\"event\":\"tool_execution.cancelled\",\"toolExecutionId\":\"vg_exec_AAAAAAAAAAAAAAAAAAAAAA\",\"toolType\":\"UPSCALE_VIDEO\",\"occurredAt\":1,\"results\":null,\"error\":null}";
        Path file = Files.writeString(work.resolve("hook.json"), body);
        long ts = Instant.now().getEpochSecond();
        String sig = new Webhook(secret).sign("msg_1", ts, body);
        CliTestServer.Run ok = server.run(
                "webhooks",
                "verify",
                file.toString(),
                "--secret",
                secret,
                "--id",
                "msg_1",
                "--timestamp",
                String.valueOf(ts),
                "--signature",
                sig);
        assertThat(ok.code()).as(ok.toString()).isZero();
        assertThat(ok.out()).contains("valid: tool_execution.cancelled vg_exec_");
        CliTestServer.Run bad = server.run(
                "webhooks",
                "verify",
                file.toString(),
                "--secret",
                secret,
                "--id",
                "msg_2",
                "--timestamp",
                String.valueOf(ts),
                "--signature",
                sig);
        assertThat(bad.code()).isEqualTo(5);
    }

    @Test
    void exitCodesByErrorClass() throws IOException {
        // 401 → 3, and no key at all → 3
        CliTestServer.Run unauthorized = server.run("me", "--api-key", "not-the-key-but-long-enough-0000");
        assertThat(unauthorized.code()).as(unauthorized.toString()).isEqualTo(3);
        assertThat(unauthorized.err()).contains("authentication failed (401 invalid_api_key)");
        Map<String, String> noKey = server.env();
        noKey.remove("VIDEOGEN_API_KEY");
        CliTestServer.Run missing = CliTestServer.run(noKey, "me");
        assertThat(missing.code()).isEqualTo(3);
        assertThat(missing.err()).contains("--api-key").contains("VIDEOGEN_API_KEY");

        // 404 → 4
        CliTestServer.Run notFound = server.run("files", "get", "vg_file_AAAAAAAAAAAAAAAAAAAAAA");
        assertThat(notFound.code()).as(notFound.toString()).isEqualTo(4);
        assertThat(notFound.err()).contains("not found (404 not_found)").contains("[request req_");

        // 400 → 5
        CliTestServer.Run badId = server.run("executions", "get", "vg_file_AAAAAAAAAAAAAAAAAAAAAA");
        assertThat(badId.code()).isEqualTo(5);
        assertThat(badId.err()).contains("invalid_id");
        CliTestServer.Run badInput = server.run("tools", "upscale-image", "--image", "vg_file_AAAAAAAAAAAAAAAAAAAAAA");
        assertThat(badInput.code()).isEqualTo(5);
        assertThat(badInput.err()).contains("invalid_parameters").contains("imageStorageFileId");

        // 503 engine_unavailable → 7, said plainly
        CliTestServer.Run noEngine = server.run(
                "tools",
                "generate-image",
                "--prompt",
                "a cat",
                "--wait",
                "--out",
                work.resolve("img.png").toString());
        assertThat(noEngine.code()).as(noEngine.toString()).isEqualTo(7);
        assertThat(noEngine.err()).contains("engine unavailable (503)").contains("videogen resources engines");
        assertThat(server.run("files", "search", "a cat").code()).isEqualTo(7);

        // usage → 2
        assertThat(server.run("tools", "upscale-image").code()).isEqualTo(2);
        assertThat(server.run("files", "frobnicate").code()).isEqualTo(2);
        assertThat(server.run("tools", "generate-image", "--prompt", "x", "--aspect-ratio", "wide")
                        .code())
                .isEqualTo(2);
        assertThat(server.run("tools", "upscale-image", "--image", "./no-such-file.png")
                        .code())
                .isEqualTo(2);
        assertThat(server.run("files", "upload", work.resolve("missing.png").toString())
                        .code())
                .isEqualTo(2);

        // network → 9
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        CliTestServer.Run offline = server.run("me", "--base-url", "http://127.0.0.1:" + closed, "--max-retries", "0");
        assertThat(offline.code()).as(offline.toString()).isEqualTo(9);
        assertThat(offline.err()).contains("cannot connect");
    }

    @Test
    void helpAndVersion() {
        CliTestServer.Run help = server.run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out())
                .contains("tools")
                .contains("files")
                .contains("executions")
                .contains("Exit codes");
        assertThat(server.run("--version").out()).startsWith("videogen ");
        assertThat(server.run("tools", "--help").out())
                .contains("upscale-image")
                .contains("generate-avatar");
    }
}
