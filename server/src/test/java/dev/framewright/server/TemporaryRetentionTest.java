package dev.framewright.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TEMPORARY files are archived a configurable time after creation (API.md §10.5), by the sweep. */
class TemporaryRetentionTest {
    @TempDir
    Path data;

    private static String upload(TestServer s, String name, boolean temporary) throws Exception {
        TestServer.Res created =
                s.post("/v1/files/upload", "{\"displayName\":\"" + name + "\",\"isTemporary\":" + temporary + "}");
        String fileId = created.json().get("fileId").asText();
        assertThat(s.send(HttpRequest.newBuilder(
                                        s.uri(created.json().get("uploadUrl").asText()))
                                .PUT(HttpRequest.BodyPublishers.ofByteArray(Media.png(8, 8))))
                        .status())
                .isEqualTo(200);
        s.await(
                "/v1/files/" + fileId,
                f -> f.path("downloadSource").path("status").asText().equals("ready"),
                Duration.ofSeconds(30));
        return fileId;
    }

    private static List<String> listed(TestServer s) {
        List<String> ids = new ArrayList<>();
        for (JsonNode f : s.get("/v1/files").json().get("files")) {
            ids.add(f.get("fileId").asText());
        }
        return ids;
    }

    @Test
    void temporaryFilesAreArchived24HoursAfterCreationByDefault() throws Exception {
        MutableClock clock = new MutableClock();
        try (TestServer s = TestServer.start(data, clock)) {
            String temporary = upload(s, "scratch.png", true);
            String global = upload(s, "keeper.png", false);
            assertThat(s.get("/v1/files/" + temporary).json().get("scope").asText())
                    .isEqualTo("TEMPORARY");

            clock.advance(Duration.ofHours(24).minusMinutes(1));
            s.server.sweepNow();
            assertThat(listed(s)).contains(temporary, global);

            clock.advance(Duration.ofMinutes(2));
            s.server.sweepNow();
            assertThat(listed(s)).contains(global).doesNotContain(temporary);
            // archived, not deleted: GET still answers, and archived files are refused as inputs
            assertThat(s.get("/v1/files/" + temporary).status()).isEqualTo(200);
            TestServer.Res asInput =
                    s.post("/v1/tools/upscale-image", "{\"imageStorageFileId\":\"" + temporary + "\"}");
            assertThat(asInput.status()).isEqualTo(400);
            assertThat(asInput.json().get("message").asText()).isEqualTo("imageStorageFileId: file is archived");
            TestServer.Res enable = s.postEmpty("/v1/files/" + temporary + "/enable-public-preview");
            assertThat(enable.json().get("message").asText()).isEqualTo("fileId: file is archived");
        }
    }

    @Test
    void theRetentionIsConfigurable() throws Exception {
        MutableClock clock = new MutableClock();
        try (TestServer s = TestServer.start(data, clock, "--temporary-retention-hours", "1")) {
            assertThat(s.server.config().temporaryRetention()).isEqualTo(Duration.ofHours(1));
            String temporary = upload(s, "short.png", true);
            clock.advance(Duration.ofMinutes(59));
            s.server.sweepNow();
            assertThat(listed(s)).contains(temporary);
            clock.advance(Duration.ofMinutes(2));
            s.server.sweepNow();
            assertThat(listed(s)).doesNotContain(temporary);
        }
    }
}
