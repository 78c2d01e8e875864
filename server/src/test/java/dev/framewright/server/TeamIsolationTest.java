package dev.framewright.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewright.contract.IdPrefix;
import dev.framewright.core.Ids;
import dev.framewright.core.auth.ApiKeys;
import dev.framewright.core.auth.Teams;
import dev.framewright.store.jdbc.JdbcStorage;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Team isolation (API.md §1.2, §1.4): with another team's key, every endpoint that takes an id in the
 * path answers 404 {@code not_found} for the first team's executions, files and webhook endpoints and
 * changes nothing; a foreign file id in a body is 400 {@code invalid_parameters}; lists show nothing
 * foreign.
 */
class TeamIsolationTest {
    @TempDir
    static Path data;

    static TestServer s;
    static String otherKey;
    static String fileId;
    static String executionId;
    static String endpointId;
    static String endpointLast4;

    @BeforeAll
    static void start() throws Exception {
        s = TestServer.start(data, "--webhooks-allow-http", "true", "--outbound-allow-private", "true");
        try (JdbcStorage st = JdbcStorage.sqlite(data.resolve("framewright.db")).start()) {
            var team = new Teams(st.teams(), Clock.systemUTC()).create("intruders", true, 4);
            otherKey = new ApiKeys(st.keys(), st.teams(), Clock.systemUTC())
                    .issue(team.id(), "intruder")
                    .secret();
        }
        fileId = uploadReady();
        TestServer.Res started = s.post("/v1/tools/upscale-image", "{\"imageStorageFileId\":\"" + fileId + "\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        executionId = started.json().get("toolExecutionId").asText();
        TestServer.Res endpoint = s.post(
                "/v1/webhooks/endpoints",
                "{\"url\":\"http://127.0.0.1:9/fw\",\"events\":[\"tool_execution.succeeded\"]}");
        assertThat(endpoint.status()).as(endpoint.body()).isEqualTo(201);
        endpointId = endpoint.json().get("endpointId").asText();
        endpointLast4 = endpoint.json().get("signingSecretLast4").asText();
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    static String uploadReady() throws Exception {
        JsonNode created =
                s.post("/v1/files/upload", "{\"displayName\":\"mine.png\"}").json();
        TestServer.Res put =
                s.send(HttpRequest.newBuilder(s.uri(created.get("uploadUrl").asText()))
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(Media.png(16, 12))));
        assertThat(put.status()).isEqualTo(200);
        String id = created.get("fileId").asText();
        s.await(
                "/v1/files/" + id,
                f -> f.path("downloadSource").path("status").asText().equals("ready"),
                Duration.ofSeconds(30));
        return id;
    }

    static TestServer.Res asOther(String method, String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(s.uri(path)).header("Authorization", "Bearer " + otherKey);
        return s.send(b.method(method, HttpRequest.BodyPublishers.noBody()));
    }

    @Test
    void everyIdTakingEndpointAnswersNotFoundForAnotherTeamsIds() {
        String exec = "/v1/tools/executions/" + executionId;
        String file = "/v1/files/" + fileId;
        String hook = "/v1/webhooks/endpoints/" + endpointId;
        String delivery = Ids.newId(IdPrefix.DELIVERY);
        List<String> calls = List.of(
                "GET " + exec,
                "POST " + exec + "/cancel",
                "GET " + exec + "/events",
                "GET " + file,
                "POST " + file + "/hydrate",
                "POST " + file + "/archive",
                "POST " + file + "/enable-public-preview",
                "POST " + file + "/disable-public-preview",
                "DELETE " + hook,
                "GET " + hook + "/deliveries",
                "POST " + hook + "/deliveries/" + delivery + "/replay",
                "POST " + hook + "/rotate-secret");
        List<String> answers = new ArrayList<>();
        for (String call : calls) {
            String[] mp = call.split(" ");
            TestServer.Res r = asOther(mp[0], mp[1]);
            answers.add(call + " -> " + r.status() + " " + r.code());
            assertThat(r.header("X-RateLimit-Limit")).as(call).isNotNull();
        }

        assertThat(answers).allSatisfy(a -> assertThat(a).endsWith("-> 404 not_found"));
    }

    @Test
    void theOwnersResourcesAreUnchangedAfterTheForeignCalls() {
        everyIdTakingEndpointAnswersNotFoundForAnotherTeamsIds();

        JsonNode mine = s.get("/v1/files").json().get("files");
        assertThat(mine).anySatisfy(f -> assertThat(f.get("fileId").asText()).isEqualTo(fileId));
        JsonNode file = s.get("/v1/files/" + fileId).json();
        assertThat(file.get("isPublicPreviewEnabled").asBoolean()).isFalse();
        JsonNode execution = s.get("/v1/tools/executions/" + executionId).json();
        assertThat(execution.get("status").asText()).isNotEqualTo("cancelled");
        JsonNode endpoints = s.get("/v1/webhooks/endpoints").json().get("endpoints");
        assertThat(endpoints).anySatisfy(e -> {
            assertThat(e.get("endpointId").asText()).isEqualTo(endpointId);
            assertThat(e.get("signingSecretLast4").asText()).isEqualTo(endpointLast4);
        });
    }

    @Test
    void listsShowNothingOfAnotherTeam() {
        TestServer.Res files = asOther("GET", "/v1/files");
        assertThat(files.status()).isEqualTo(200);
        assertThat(files.json().get("files")).isEmpty();
        TestServer.Res executions = asOther("GET", "/v1/tools/executions");
        assertThat(executions.status()).isEqualTo(200);
        assertThat(executions.json().get("executions")).isEmpty();
        assertThat(asOther("GET", "/v1/webhooks/endpoints").json().get("endpoints"))
                .isEmpty();
    }

    @Test
    void aForeignFileInABodyIsAnInvalidParameter() {
        TestServer.Res r = s.send(HttpRequest.newBuilder(s.uri("/v1/tools/upscale-image"))
                .header("Authorization", "Bearer " + otherKey)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"imageStorageFileId\":\"" + fileId + "\"}")));

        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("invalid_parameters");
        assertThat(r.json().get("message").asText()).isEqualTo("imageStorageFileId: file not found");
    }
}
