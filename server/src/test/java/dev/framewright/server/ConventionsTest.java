package dev.framewright.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewright.core.auth.ApiKeys;
import dev.framewright.core.auth.Teams;
import dev.framewright.store.jdbc.JdbcStorage;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP conventions of API.md §1 and the exact error bodies they produce, over loopback. */
class ConventionsTest {
    @TempDir
    static Path data;

    static TestServer s;

    @BeforeAll
    static void start() throws Exception {
        // the generative engines are switched off: a start without an engine, and empty catalogues
        s = TestServer.start(
                data, "--max-json-bytes", "2048", "--engines-disabled", "procedural-scene,java2d-presenters");
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    private static void assertError(TestServer.Res r, int status, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        JsonNode e = r.json();
        assertThat(e.get("code").asText()).isEqualTo(code);
        assertThat(e.get("message").asText()).isNotBlank();
        assertThat(e.has("requirement")).isTrue();
        assertThat(e.has("internalErrorCode")).isTrue();
        assertThat(r.header("X-Request-Id")).startsWith("req_");
    }

    @Test
    void missingAndInvalidKeys() {
        TestServer.Res none = s.send(HttpRequest.newBuilder(s.uri("/v1/files")));
        assertError(none, 401, "missing_api_key");
        assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertError(
                s.send(HttpRequest.newBuilder(s.uri("/v1/files")).header("Authorization", "Basic abc")),
                401,
                "missing_api_key");
        assertError(
                s.send(HttpRequest.newBuilder(s.uri("/v1/files")).header("Authorization", "Bearer ")),
                401,
                "missing_api_key");
        TestServer.Res bad = s.send(HttpRequest.newBuilder(s.uri("/v1/files"))
                .header(
                        "Authorization",
                        "Bearer vg_key_AAAAAAAAAAAAAAAAAAAAAA_BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB"));
        assertError(bad, 401, "invalid_api_key");
        assertThat(bad.header("WWW-Authenticate")).isEqualTo("Bearer");
        // auth comes before routing: an unknown /v1 route without a key is 401
        assertError(s.send(HttpRequest.newBuilder(s.uri("/v1/nope"))), 401, "missing_api_key");
    }

    @Test
    void routesAndMethods() {
        assertError(s.get("/v1/nope"), 404, "not_found");
        TestServer.Res wrong = s.send(HttpRequest.newBuilder(s.uri("/v1/files"))
                .header("Authorization", "Bearer " + TestServer.KEY)
                .DELETE());
        assertError(wrong, 405, "method_not_allowed");
        assertThat(wrong.header("Allow")).isEqualTo("GET");
        assertError(s.postEmpty("/v1/me"), 405, "method_not_allowed");
        assertError(s.send(HttpRequest.newBuilder(s.uri("/nothing-here"))), 404, "not_found");
    }

    @Test
    void bodies() {
        String big = "{\"prompt\":\"" + "a".repeat(3000) + "\"}";
        assertError(s.post("/v1/tools/generate-image", big), 413, "payload_too_large");
        assertError(
                s.send(HttpRequest.newBuilder(s.uri("/v1/files/upload"))
                        .header("Authorization", "Bearer " + TestServer.KEY)
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("displayName=x"))),
                415,
                "unsupported_media_type");
        assertError(s.post("/v1/files/upload", "{not json"), 400, "invalid_parameters");
        assertError(s.post("/v1/files/upload", "[1,2]"), 400, "invalid_parameters");
        TestServer.Res wrongType = s.post("/v1/files/upload", "{\"displayName\":42}");
        assertError(wrongType, 400, "invalid_parameters");
        assertThat(wrongType.json().get("message").asText()).contains("displayName");
        TestServer.Res fraction = s.post(
                "/v1/tools/upscale-image",
                "{\"imageStorageFileId\":\"vg_file_AAAAAAAAAAAAAAAAAAAAAA\",\"numResults\":1.5}");
        assertError(fraction, 400, "invalid_parameters");
        TestServer.Res blank = s.post("/v1/tools/generate-image", "{\"prompt\":\"   \"}");
        assertError(blank, 400, "invalid_parameters");
        assertThat(blank.json().get("message").asText()).isEqualTo("prompt is required");
        // JSON with charset and +json types are accepted; null means absent; unknown fields ignored
        TestServer.Res ok = s.send(HttpRequest.newBuilder(s.uri("/v1/files/upload"))
                .header("Authorization", "Bearer " + TestServer.KEY)
                .header("Content-Type", "application/merge-patch+json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString("{\"displayName\":\"a\",\"type\":null,\"whatever\":1}")));
        assertThat(ok.status()).isEqualTo(200);
        // a non-empty body without Content-Type is parsed as JSON
        TestServer.Res noType = s.send(HttpRequest.newBuilder(s.uri("/v1/files/upload"))
                .header("Authorization", "Bearer " + TestServer.KEY)
                .POST(HttpRequest.BodyPublishers.ofString("{\"displayName\":\"b\"}")));
        assertThat(noType.status()).isEqualTo(200);
    }

    @Test
    void ids() {
        TestServer.Res malformed = s.get("/v1/tools/executions/nope");
        assertError(malformed, 400, "invalid_id");
        assertError(s.get("/v1/tools/executions/vg_file_AAAAAAAAAAAAAAAAAAAAAA"), 400, "invalid_id");
        assertError(s.get("/v1/tools/executions/vg_exec_AAAAAAAAAAAAAAAAAAAAAA"), 404, "not_found");
        assertError(s.get("/v1/files/vg_file_AAAAAAAAAAAAAAAAAAAAAA"), 404, "not_found");
        assertError(s.get("/v1/files/vg_exec_AAAAAAAAAAAAAAAAAAAAAA"), 400, "invalid_id");
        // percent-encoded path ids are decoded before validation
        assertError(s.get("/v1/files/vg%5Ffile%5FAAAAAAAAAAAAAAAAAAAAAA"), 404, "not_found");
        // body ids are 400 invalid_parameters naming the field
        TestServer.Res bodyId =
                s.post("/v1/tools/upscale-image", "{\"imageStorageFileId\":\"vg_file_AAAAAAAAAAAAAAAAAAAAAA\"}");
        assertError(bodyId, 400, "invalid_parameters");
        assertThat(bodyId.json().get("message").asText()).isEqualTo("imageStorageFileId: file not found");
        assertError(s.postEmpty("/v1/webhooks/endpoints/vg_wh_AAAAAAAAAAAAAAAAAAAAAA/rotate-secret"), 404, "not_found");
        assertError(s.postEmpty("/v1/webhooks/endpoints/nope/rotate-secret"), 400, "invalid_id");
    }

    @Test
    void bodylessPostsAreAcceptedAndCancelOfPendingIsImmediate() throws Exception {
        // with generate-image's only engine disabled the start is refused with 503 and nothing is created
        TestServer.Res noEngine = s.post("/v1/tools/generate-image", "{\"prompt\":\"a red fox\"}");
        assertError(noEngine, 503, "engine_unavailable");
        assertThat(noEngine.json().get("internalErrorCode").asText()).isEqualTo(noEngine.header("X-Request-Id"));
        TestServer.Res list = s.get("/v1/tools/executions");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("executions")).isEmpty();
    }

    @Test
    void anotherTeamsResourcesDoNotExist() throws Exception {
        String otherKey;
        try (JdbcStorage st = JdbcStorage.sqlite(data.resolve("framewright.db")).start()) {
            var team = new Teams(st.teams(), Clock.systemUTC()).create("other", true, 4);
            otherKey = new ApiKeys(st.keys(), st.teams(), Clock.systemUTC())
                    .issue(team.id(), "other")
                    .secret();
        }
        String fileId = s.post("/v1/files/upload", "{\"displayName\":\"mine\"}")
                .json()
                .get("fileId")
                .asText();
        TestServer.Res foreign = s.send(
                HttpRequest.newBuilder(s.uri("/v1/files/" + fileId)).header("Authorization", "Bearer " + otherKey));
        assertError(foreign, 404, "not_found");
        TestServer.Res me =
                s.send(HttpRequest.newBuilder(s.uri("/v1/me")).header("Authorization", "Bearer " + otherKey));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("apiKeyNickname").asText()).isEqualTo("other");
        assertThat(me.json().get("teamName").asText()).isEqualTo("other");
        assertThat(me.json().get("apiKeyId").asText()).matches("vg_key_[A-Za-z0-9]{22}");
    }

    @Test
    void serviceEndpointsAndRequestIds() {
        TestServer.Res health = s.send(HttpRequest.newBuilder(s.uri("/healthz")));
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("ok");
        assertThat(health.header("X-Request-Id")).startsWith("req_");
        TestServer.Res ready = s.send(HttpRequest.newBuilder(s.uri("/readyz")));
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().get("status").asText()).isEqualTo("ready");
        TestServer.Res doc = s.send(HttpRequest.newBuilder(s.uri("/v1/openapi.json")));
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.json().get("openapi").asText()).startsWith("3.1");
        assertThat(s.get("/v1/me").header("X-Request-Id"))
                .isNotEqualTo(s.get("/v1/me").header("X-Request-Id"));
    }

    @Test
    void catalogsListOnlyWhatIsInstalledAndEnginesAreListed() {
        // the voices of the installed speech engines (AudioToolsTest checks them); ids per API.md §1.4
        assertThat(s.get("/v1/resources/tts-voices").json().get("ttsVoices"))
                .allSatisfy(v -> assertThat(v.get("voiceId").asText()).matches("vg_voic_[a-z0-9_]{1,64}"));
        assertError(s.get("/v1/resources/tts-voices?includeDeprecatedVoices=maybe"), 400, "invalid_parameters");
        assertThat(s.get("/v1/resources/tts-voices?includeDeprecatedVoices=true")
                        .status())
                .isEqualTo(200);
        assertThat(s.get("/v1/resources/avatar-presenters").json().get("avatarPresenters"))
                .isEmpty();
        JsonNode engines = s.get("/v1/resources/engines").json().get("engines");
        assertThat(engines).hasSize(13);
        JsonNode upscale = engines.get(8);
        assertThat(upscale.get("capability").asText()).isEqualTo("UPSCALE_IMAGE");
        assertThat(upscale.get("available").asBoolean()).isTrue();
        assertThat(engines.get(0).get("available").asBoolean()).isFalse();
        assertThat(engines.get(0).get("reason").asText()).isNotBlank();
    }
}
