package dev.framewright.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewright.core.auth.Team;
import dev.framewright.store.jdbc.JdbcStorage;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The remaining error codes of API.md §1.5 that the foundation produces: expiry of signed and upload
 * URLs (with a controllable clock), oversized uploads, add_on_required, forbidden, internal_error
 * without internals, and body-less POSTs.
 */
class ErrorCodesTest {
    @TempDir
    static Path data;

    static final MutableClock clock = new MutableClock();
    static TestServer s;

    @BeforeAll
    static void start() throws Exception {
        s = TestServer.start(data, clock, "--max-upload-bytes", "4096", "--metrics-token", "metrics-secret-token");
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    private static String uploadUrl(String name) {
        return s.post("/v1/files/upload", "{\"displayName\":\"" + name + "\"}")
                .json()
                .get("uploadUrl")
                .asText();
    }

    private static TestServer.Res put(String url, byte[] body) {
        return s.send(HttpRequest.newBuilder(s.uri(url)).PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private static String readyImage() throws Exception {
        TestServer.Res created = s.post("/v1/files/upload", "{\"displayName\":\"img.png\"}");
        String fileId = created.json().get("fileId").asText();
        assertThat(put(created.json().get("uploadUrl").asText(), Media.png(8, 8))
                        .status())
                .isEqualTo(200);
        s.await(
                "/v1/files/" + fileId,
                f -> f.path("downloadSource").path("status").asText().equals("ready"),
                Duration.ofSeconds(30));
        return fileId;
    }

    @Test
    void oversizedUploadIs413AndLeavesTheUrlUsable() {
        String url = uploadUrl("big.bin");
        TestServer.Res big = put(url, new byte[5000]);
        assertThat(big.status()).isEqualTo(413);
        assertThat(big.code()).isEqualTo("payload_too_large");
        assertThat(put(url, Media.png(4, 4)).status()).isEqualTo(200);
    }

    @Test
    void expiredUrlsAre403UrlExpired() throws Exception {
        String fileId = readyImage();
        String media = s.get("/v1/files/" + fileId)
                .json()
                .get("downloadSource")
                .get("url")
                .asText();
        String upload = uploadUrl("late.png");
        String tamperedUpload = upload.substring(0, upload.length() - 2) + "xx";
        assertThat(put(tamperedUpload, Media.png(4, 4)).code()).isEqualTo("invalid_signature");
        clock.advance(Duration.ofHours(2));
        try {
            TestServer.Res m = s.send(HttpRequest.newBuilder(s.uri(media)));
            assertThat(m.status()).isEqualTo(403);
            assertThat(m.code()).isEqualTo("url_expired");
            TestServer.Res u = put(upload, Media.png(4, 4));
            assertThat(u.status()).isEqualTo(403);
            assertThat(u.code()).isEqualTo("url_expired");
            // hydrate mints a fresh URL that works again
            String fresh = s.postEmpty("/v1/files/" + fileId + "/hydrate")
                    .json()
                    .get("downloadSource")
                    .get("url")
                    .asText();
            assertThat(s.send(HttpRequest.newBuilder(s.uri(fresh))).status()).isEqualTo(200);
        } finally {
            clock.advance(Duration.ofHours(-2));
        }
    }

    @Test
    void watermarkNoneWithoutTheEntitlementIsAddOnRequired() throws Exception {
        String fileId = readyImage();
        try (JdbcStorage st = JdbcStorage.sqlite(data.resolve("framewright.db")).start()) {
            Team t = st.teams().findByName("default").orElseThrow();
            st.teams().update(new Team(t.id(), t.name(), false, t.concurrencyCap(), t.createdAt()));
        }
        try {
            TestServer.Res r = s.post(
                    "/v1/tools/upscale-image",
                    "{\"imageStorageFileId\":\"" + fileId + "\",\"watermarkMode\":\"NONE\"}");
            assertThat(r.status()).isEqualTo(403);
            assertThat(r.code()).isEqualTo("add_on_required");
            assertThat(r.json().get("requirement").toString())
                    .isEqualTo("{\"type\":\"purchase_add_on\",\"details\":{\"addOn\":\"watermark_free\"}}");
        } finally {
            try (JdbcStorage st =
                    JdbcStorage.sqlite(data.resolve("framewright.db")).start()) {
                Team t = st.teams().findByName("default").orElseThrow();
                st.teams().update(new Team(t.id(), t.name(), true, t.concurrencyCap(), t.createdAt()));
            }
        }
    }

    @Test
    void metricsNeedTheAdminToken() {
        TestServer.Res noToken = s.send(HttpRequest.newBuilder(s.uri("/metrics")));
        assertThat(noToken.status()).isEqualTo(403);
        assertThat(noToken.code()).isEqualTo("forbidden");
        TestServer.Res ok = s.send(
                HttpRequest.newBuilder(s.uri("/metrics")).header("Authorization", "Bearer metrics-secret-token"));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.header("Content-Type")).startsWith("text/plain; version=0.0.4");
    }

    @Test
    void unexpectedFailuresAre500WithOnlyTheRequestId() throws Exception {
        String execId = "vg_exec_BrokenRowForTest0000000".substring(0, 30);
        try (JdbcStorage st = JdbcStorage.sqlite(data.resolve("framewright.db")).start()) {
            Team t = st.teams().findByName("default").orElseThrow();
            st.executions()
                    .insert(dev.framewright.core.executions.ExecutionRecord.pending(
                            execId,
                            t.id(),
                            null,
                            dev.framewright.contract.ToolType.VECTORIZE_IMAGE,
                            "{not json",
                            1,
                            false,
                            false,
                            java.time.Instant.now().minusSeconds(3600 * 24 * 365)));
        }
        TestServer.Res r = s.get("/v1/tools/executions/" + execId);
        assertThat(r.status()).isEqualTo(500);
        JsonNode e = r.json();
        assertThat(e.get("code").asText()).isEqualTo("internal_error");
        assertThat(e.get("internalErrorCode").asText()).isEqualTo(r.header("X-Request-Id"));
        assertThat(r.body())
                .doesNotContain("Exception")
                .doesNotContain("at dev.")
                .doesNotContain("/work/")
                .doesNotContain("json");
        // cancel it so that no worker ever picks the broken row
        assertThat(s.postEmpty("/v1/tools/executions/" + execId + "/cancel").status())
                .isEqualTo(202);
    }

    @Test
    void bodylessPostsAreAccepted() throws Exception {
        String fileId = readyImage();
        TestServer.Res hydrate = s.postEmpty("/v1/files/" + fileId + "/hydrate");
        assertThat(hydrate.status()).isEqualTo(200);
        assertThat(hydrate.json().get("fileId").asText()).isEqualTo(fileId);
        TestServer.Res archived = s.postEmpty("/v1/files/" + fileId + "/archive");
        assertThat(archived.status()).isEqualTo(200);
        assertThat(s.postEmpty("/v1/files/" + fileId + "/archive").status()).isEqualTo(200);
        assertThat(s.get("/v1/files").json().get("files").findValuesAsText("fileId"))
                .doesNotContain(fileId);
        TestServer.Res asInput = s.post("/v1/tools/upscale-image", "{\"imageStorageFileId\":\"" + fileId + "\"}");
        assertThat(asInput.status()).isEqualTo(400);
        assertThat(asInput.json().get("message").asText()).isEqualTo("imageStorageFileId: file is archived");

        String live = readyImage();
        String execId = s.post("/v1/tools/upscale-image", "{\"imageStorageFileId\":\"" + live + "\"}")
                .json()
                .get("toolExecutionId")
                .asText();
        TestServer.Res cancel = s.postEmpty("/v1/tools/executions/" + execId + "/cancel");
        assertThat(cancel.status()).isEqualTo(202);
        assertThat(cancel.json().get("toolExecutionId").asText()).isEqualTo(execId);
        JsonNode end = s.await(
                "/v1/tools/executions/" + execId,
                x -> x.get("status").asText().matches("succeeded|cancelled"),
                Duration.ofSeconds(30));
        String status = end.get("status").asText();
        // terminal is final: a second cancel changes nothing
        assertThat(s.postEmpty("/v1/tools/executions/" + execId + "/cancel").status())
                .isEqualTo(202);
        assertThat(s.get("/v1/tools/executions/" + execId).json().get("status").asText())
                .isEqualTo(status);
    }
}
