package dev.framewright.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The endpoints API (API.md §5.1–§5.3, §7.6): creation rules and the SSRF guard at creation (on a
 * server with both switches off), the secret shown once, lists, paging, delete and secrets at rest.
 */
class WebhookEndpointsTest {
    @TempDir
    static Path strictData;

    @TempDir
    static Path data;

    static TestServer strict;
    static TestServer s;

    @BeforeAll
    static void start() throws Exception {
        strict = TestServer.start(strictData, "--rate-limits", "webhooks-create=1000");
        s = TestServer.start(
                data,
                "--webhooks-allow-http",
                "true",
                "--outbound-allow-private",
                "true",
                "--rate-limits",
                "webhooks-create=1000");
    }

    @AfterAll
    static void stop() {
        strict.close();
        s.close();
    }

    static String body(String url) {
        return "{\"url\":\"" + url + "\",\"events\":[\"tool_execution.succeeded\"]}";
    }

    static TestServer.Res delete(TestServer server, String id) {
        return server.send(HttpRequest.newBuilder(server.uri("/v1/webhooks/endpoints/" + id))
                .header("Authorization", "Bearer " + TestServer.KEY)
                .DELETE());
    }

    @Test
    void creationRefusesBadUrlsAndForbiddenDestinations() {
        String[][] cases = {
            {"http://hooks.example.com/x", "url must use https"},
            {"https://127.0.0.1/x", "url: 127.0.0.1 resolves to 127.0.0.1, a loopback, private or link-local"},
            {"https://localhost:8443/x", "url: localhost resolves to 127.0.0.1"},
            {"https://[::1]/x", "url: [::1] resolves to 0:0:0:0:0:0:0:1"},
            {"https://169.254.169.254/latest", "url: 169.254.169.254 resolves to 169.254.169.254"},
            {"https://10.0.0.1/", "url: 10.0.0.1 resolves"},
            {"https://2130706433/", "url: 2130706433 resolves to 127.0.0.1"},
            {"https://0177.0.0.1/", "url: 0177.0.0.1 resolves to 127.0.0.1"},
            {"https://0x7f.1/", "url is not a valid absolute URL"},
            {"https://0.0.0.0/", "url: 0.0.0.0 resolves to 0.0.0.0, which is never allowed"},
            {"https://hooks.invalid/x", "url: the host hooks.invalid does not resolve"},
            {"https://user@hooks.example.com/", "url must not contain user info or a fragment"},
            {"hooks.example.com/x", "url is not a valid absolute URL"}
        };
        List<String> answers = new ArrayList<>();
        for (String[] c : cases) {
            TestServer.Res r = strict.post("/v1/webhooks/endpoints", body(c[0]));
            answers.add(c[0] + " -> " + r.status() + " " + r.code() + " "
                    + r.json().get("message").asText());
            assertThat(r.json().get("message").asText()).as(c[0]).startsWith(c[1]);
        }
        assertThat(answers).allSatisfy(a -> assertThat(a).contains("-> 400 invalid_parameters"));
        assertThat(strict.get("/v1/webhooks/endpoints").json().get("endpoints")).isEmpty();
    }

    @Test
    void eventsAndDescriptionAreValidated() {
        String url = "http://127.0.0.1:9/x";
        assertThat(s.post("/v1/webhooks/endpoints", "{\"url\":\"" + url + "\"}")
                        .json()
                        .get("message")
                        .asText())
                .isEqualTo("events is required");
        assertThat(s.post("/v1/webhooks/endpoints", "{\"url\":\"" + url + "\",\"events\":[]}")
                        .code())
                .isEqualTo("invalid_parameters");
        assertThat(s.post("/v1/webhooks/endpoints", "{\"url\":\"" + url + "\",\"events\":[\"file.deleted\"]}")
                        .json()
                        .get("message")
                        .asText())
                .isEqualTo("events[0] is not a known event name");
        String longText = "x".repeat(1001);
        assertThat(s.post(
                                "/v1/webhooks/endpoints",
                                "{\"url\":\"" + url + "\",\"events\":[\"file.upload.failed\"],\"description\":\""
                                        + longText + "\"}")
                        .json()
                        .get("message")
                        .asText())
                .isEqualTo("description must be at most 1000 characters");
        assertThat(s.post("/v1/webhooks/endpoints", "{\"events\":[\"file.upload.failed\"]}")
                        .json()
                        .get("message")
                        .asText())
                .isEqualTo("url is required");
    }

    @Test
    void theSecretIsShownOnceListsAreNewestFirstAndDeleteIsFinal() throws Exception {
        TestServer.Res created = s.post(
                "/v1/webhooks/endpoints",
                "{\"url\":\"http://127.0.0.1:9/a?b=c\",\"events\":[\"file.upload.failed\",\"tool_execution.failed\","
                        + "\"file.upload.failed\"],\"description\":\"mine\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode e = created.json();
        String id = e.get("endpointId").asText();
        String secret = e.get("signingSecret").asText();
        assertThat(id).matches("vg_wh_[A-Za-z0-9]{22}");
        assertThat(secret).matches("whsec_[A-Za-z0-9+/]{43}=");
        assertThat(java.util.Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
        assertThat(e.get("signingSecretLast4").asText()).isEqualTo(secret.substring(secret.length() - 4));
        assertThat(e.get("url").asText()).isEqualTo("http://127.0.0.1:9/a?b=c");
        assertThat(e.get("events"))
                .extracting(JsonNode::asText)
                .containsExactly("file.upload.failed", "tool_execution.failed");
        assertThat(e.get("description").asText()).isEqualTo("mine");
        assertThat(e.get("status").asText()).isEqualTo("active");
        assertThat(e.get("disabledReason").isNull()).isTrue();
        assertThat(e.get("createdAt").isIntegralNumber()).isTrue();
        String second = s.post("/v1/webhooks/endpoints", body("http://127.0.0.1:9/b"))
                .json()
                .get("endpointId")
                .asText();

        JsonNode list = s.get("/v1/webhooks/endpoints").json();
        assertThat(list.get("endpoints"))
                .extracting(n -> n.get("endpointId").asText())
                .containsSubsequence(second, id);
        assertThat(list.get("endpoints")).allSatisfy(n -> {
            assertThat(n.has("signingSecret")).isTrue();
            assertThat(n.get("signingSecret").isNull()).isTrue();
            assertThat(n.get("signingSecretLast4").asText()).hasSize(4);
        });
        assertThat(list.get("hasMore").asBoolean()).isFalse();
        JsonNode page = s.get("/v1/webhooks/endpoints?limit=1").json();
        assertThat(page.get("endpoints")).hasSize(1);
        assertThat(page.get("hasMore").asBoolean()).isTrue();
        JsonNode next = s.get("/v1/webhooks/endpoints?limit=1&cursor="
                        + page.get("nextCursor").asText())
                .json();
        assertThat(next.get("endpoints").get(0).get("endpointId").asText())
                .isNotEqualTo(page.get("endpoints").get(0).get("endpointId").asText());
        assertThat(s.get("/v1/webhooks/endpoints?cursor=bad!").code()).isEqualTo("invalid_parameters");

        // secrets are sealed at rest: the database file never holds one in clear
        byte[] db = Files.readAllBytes(data.resolve("framewright.db"));
        assertThat(new String(db, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(secret.substring(6));
        assertThat(data.resolve("secrets/webhook-secrets.key")).exists();

        TestServer.Res deleted = delete(s, id);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertThat(delete(s, id).code()).isEqualTo("not_found");
        assertThat(delete(s, "vg_file_AAAAAAAAAAAAAAAAAAAAAA").code()).isEqualTo("invalid_id");
        assertThat(s.get("/v1/webhooks/endpoints").json().get("endpoints"))
                .noneSatisfy(n -> assertThat(n.get("endpointId").asText()).isEqualTo(id));
        assertThat(s.get("/v1/webhooks/endpoints/" + id + "/deliveries").code()).isEqualTo("not_found");
        assertThat(s.get("/v1/webhooks/endpoints/" + second + "/deliveries?status=lost")
                        .code())
                .isEqualTo("invalid_parameters");
        JsonNode none =
                s.get("/v1/webhooks/endpoints/" + second + "/deliveries").json();
        assertThat(none.get("deliveries")).isEmpty();
        assertThat(none.get("nextCursor").isNull()).isTrue();
    }
}
