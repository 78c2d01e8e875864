package dev.framewright.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewright.server.http.Json;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The MCP server at /mcp driven by a real MCP client (the official Java SDK's client, Streamable HTTP
 * over loopback): tools listed with schemas from the contract, text-to-speech and upscale-image end to
 * end with progress notifications and downloadable results, uploads from base64 and from a URL, clear
 * tool errors for bad input, 401 for a missing or wrong key, and the REST rate limits applied per call.
 */
class McpServerTest {
    @TempDir
    Path data;

    @TempDir
    Path data2;

    static McpSyncClient client(TestServer s, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder();
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport.builder(s.base())
                .endpoint("/mcp")
                .requestBuilder(request)
                .build();
        return McpClient.sync(transport)
                .requestTimeout(Duration.ofSeconds(150))
                .initializationTimeout(Duration.ofSeconds(20))
                .clientInfo(new McpSchema.Implementation("framewright-test", "1.0"))
                .build();
    }

    static McpSchema.CallToolResult call(McpSyncClient c, String tool, Map<String, Object> args) {
        return c.callTool(new McpSchema.CallToolRequest(tool, args));
    }

    static McpSchema.CallToolResult callWithProgress(
            McpSyncClient c, String tool, Map<String, Object> args, String token) {
        return c.callTool(McpSchema.CallToolRequest.builder(tool)
                .arguments(args)
                .progressToken(token)
                .build());
    }

    static JsonNode structured(McpSchema.CallToolResult r) {
        assertThat(r.isError()).as(text(r)).isFalse();
        return Json.MAPPER.valueToTree(r.structuredContent());
    }

    static String text(McpSchema.CallToolResult r) {
        StringBuilder sb = new StringBuilder();
        for (McpSchema.Content c : r.content()) {
            if (c instanceof McpSchema.TextContent t) {
                sb.append(t.text()).append('\n');
            }
        }
        return sb.toString();
    }

    @Test
    void anMcpClientListsToolsAndRunsTextToSpeechAndUpscaleEndToEnd() throws Exception {
        List<McpSchema.ProgressNotification> progress = new CopyOnWriteArrayList<>();
        try (TestServer s = TestServer.start(data, "--outbound-allow-private", "true");
                McpSyncClient c = McpClient.sync(HttpClientStreamableHttpTransport.builder(s.base())
                                .endpoint("/mcp")
                                .requestBuilder(
                                        HttpRequest.newBuilder().header("Authorization", "Bearer " + TestServer.KEY))
                                .build())
                        .requestTimeout(Duration.ofSeconds(150))
                        .progressConsumer(progress::add)
                        .build()) {
            McpSchema.InitializeResult init = c.initialize();
            assertThat(init.serverInfo().name()).isEqualTo("framewright");
            assertThat(init.instructions()).contains(s.base() + "/llms.txt");

            // tools: one per starter with the contract's schema, and the others
            List<McpSchema.Tool> tools = c.listTools().tools();
            assertThat(tools)
                    .extracting(McpSchema.Tool::name)
                    .contains(
                            "generate-image",
                            "generate-video-clip",
                            "text-to-speech",
                            "generate-sound-effect",
                            "generate-avatar",
                            "vectorize-image",
                            "remove-image-background",
                            "remove-video-background",
                            "upscale-image",
                            "upscale-video",
                            "get-execution",
                            "cancel-execution",
                            "wait-for-execution",
                            "list-executions",
                            "upload-file",
                            "get-file",
                            "hydrate-file",
                            "list-files",
                            "search-files",
                            "archive-file",
                            "enable-public-preview",
                            "disable-public-preview",
                            "list-tts-voices",
                            "list-avatar-presenters",
                            "list-engines");
            JsonNode tts = Json.MAPPER.valueToTree(tools.stream()
                    .filter(t -> t.name().equals("text-to-speech"))
                    .findFirst()
                    .orElseThrow()
                    .inputSchema());
            assertThat(tts.path("required").toString()).isEqualTo("[\"ttsText\"]");
            assertThat(tts.path("properties").path("ttsText").path("maxLength").asInt())
                    .isEqualTo(20000);
            assertThat(tts.path("properties")
                            .path("pronunciationReplacements")
                            .path("items")
                            .path("required")
                            .toString())
                    .isEqualTo("[\"original\",\"replacement\"]");
            assertThat(tts.path("properties").has("waitSeconds")).isTrue();
            assertThat(tts.toString()).doesNotContain("$ref");

            // text-to-speech, waiting with progress notifications
            JsonNode voices = structured(call(c, "list-tts-voices", Map.of()));
            assertThat(voices.path("ttsVoices").size()).isPositive();
            JsonNode speech = structured(callWithProgress(
                    c, "text-to-speech", Map.of("ttsText", "Hello from the agent.", "waitSeconds", 100), "tts-1"));
            assertThat(speech.path("status").asText()).isEqualTo("succeeded");
            assertThat(speech.path("toolType").asText()).isEqualTo("TEXT_TO_SPEECH");
            JsonNode audio = speech.path("results").get(0);
            assertThat(audio.path("fileId").asText()).startsWith("vg_file_");
            String audioUrl =
                    audio.path("file").path("downloadSource").path("url").asText();
            TestServer.Res audioBytes = s.send(HttpRequest.newBuilder(s.uri(audioUrl)));
            assertThat(audioBytes.status()).isEqualTo(200);
            assertThat(audioBytes.header("Content-Type")).startsWith("audio/");
            assertThat(progress)
                    .filteredOn(p -> "tts-1".equals(p.progressToken()))
                    .isNotEmpty()
                    .last()
                    .satisfies(p -> assertThat(p.progress()).isEqualTo(100.0));

            // upload from base64, then upscale-image with progress
            String png = Base64.getEncoder().encodeToString(Media.png(64, 48));
            JsonNode uploaded = structured(call(c, "upload-file", Map.of("base64", png, "displayName", "agent.png")));
            assertThat(uploaded.path("type").asText()).isEqualTo("IMAGE");
            assertThat(uploaded.path("downloadSource").path("status").asText()).isEqualTo("ready");
            JsonNode upscaled = structured(callWithProgress(
                    c,
                    "upscale-image",
                    Map.of("imageStorageFileId", uploaded.path("fileId").asText(), "waitSeconds", 100),
                    "up-1"));
            assertThat(upscaled.path("status").asText()).isEqualTo("succeeded");
            String bigUrl = upscaled.path("results")
                    .get(0)
                    .path("file")
                    .path("downloadSource")
                    .path("url")
                    .asText();
            var big = ImageIO.read(new ByteArrayInputStream(s.http.send(
                            HttpRequest.newBuilder(s.uri(bigUrl)).build(),
                            java.net.http.HttpResponse.BodyHandlers.ofByteArray())
                    .body()));
            assertThat(big.getWidth()).isEqualTo(128);
            assertThat(big.getHeight()).isEqualTo(96);
            assertThat(progress)
                    .filteredOn(p -> "up-1".equals(p.progressToken()))
                    .isNotEmpty();

            // started without waiting, then followed with wait-for-execution
            JsonNode started = structured(call(
                    c,
                    "upscale-image",
                    Map.of("imageStorageFileId", uploaded.path("fileId").asText())));
            assertThat(started.path("toolExecutionId").asText()).startsWith("vg_exec_");
            JsonNode waited = structured(callWithProgress(
                    c,
                    "wait-for-execution",
                    Map.of("toolExecutionId", started.path("toolExecutionId").asText(), "timeoutSeconds", 100),
                    "wait-1"));
            assertThat(waited.path("status").asText()).isEqualTo("succeeded");

            // upload from a URL (the server fetches it; private addresses allowed on this server)
            JsonNode fromUrl = structured(call(c, "upload-file", Map.of("url", bigUrl, "displayName", "big.png")));
            assertThat(fromUrl.path("downloadSource").path("width").asInt()).isEqualTo(128);

            // the same services as REST: the files are the team's, visible over /v1
            assertThat(s.get("/v1/files/" + fromUrl.path("fileId").asText()).status())
                    .isEqualTo(200);
            JsonNode preview = structured(call(
                    c,
                    "enable-public-preview",
                    Map.of("fileId", fromUrl.path("fileId").asText())));
            assertThat(preview.path("embedUrl").asText()).startsWith(s.base() + "/embed/vg_play_");
            assertThat(s.send(HttpRequest.newBuilder(
                                    s.uri(preview.path("embedUrl").asText())))
                            .status())
                    .isEqualTo(200);

            // clear tool errors for bad input
            McpSchema.CallToolResult missing = call(c, "text-to-speech", Map.of());
            assertThat(missing.isError()).isTrue();
            assertThat(text(missing)).contains("invalid_parameters: ttsText is required");
            McpSchema.CallToolResult wrongFile = call(
                    c,
                    "upscale-image",
                    Map.of("imageStorageFileId", audio.path("fileId").asText()));
            assertThat(wrongFile.isError()).isTrue();
            assertThat(text(wrongFile)).startsWith("invalid_parameters: imageStorageFileId");
            McpSchema.CallToolResult badId = call(c, "get-execution", Map.of("toolExecutionId", "nope"));
            assertThat(text(badId)).startsWith("invalid_id: ");
            McpSchema.CallToolResult badWait = call(
                    c,
                    "upscale-image",
                    Map.of("imageStorageFileId", uploaded.path("fileId").asText(), "waitSeconds", 999));
            assertThat(text(badWait)).contains("invalid_parameters: waitSeconds must be an integer from 0 to 120");
            McpSchema.CallToolResult notBase64 = call(c, "upload-file", Map.of("base64", "***"));
            assertThat(text(notBase64)).contains("invalid_parameters: base64 is not valid base64");
            assertThatThrownBy(() -> call(c, "no-such-tool", Map.of()))
                    .isInstanceOf(McpError.class)
                    .hasMessageContaining("Unknown tool: no-such-tool");
        }
    }

    @Test
    void aMissingOrWrongKeyIsRefusedWith401() throws Exception {
        try (TestServer s = TestServer.start(data)) {
            try (McpSyncClient c = client(s, null)) {
                assertThatThrownBy(c::initialize)
                        .satisfies(e -> assertThat(chain(e)).contains("401"));
            }
            try (McpSyncClient c = client(s, "not-a-key-0123456789-abcdef")) {
                assertThatThrownBy(c::initialize)
                        .satisfies(e -> assertThat(chain(e)).contains("401"));
            }
            String init =
                    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
                            + "\"capabilities\":{},\"clientInfo\":{\"name\":\"curl\",\"version\":\"1\"}}}";
            TestServer.Res none = s.send(HttpRequest.newBuilder(s.uri("/mcp"))
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json, text/event-stream")
                    .POST(HttpRequest.BodyPublishers.ofString(init)));
            assertThat(none.status()).isEqualTo(401);
            assertThat(none.code()).isEqualTo("missing_api_key");
            assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer");
            TestServer.Res wrong = s.send(HttpRequest.newBuilder(s.uri("/mcp"))
                    .header("Authorization", "Bearer not-a-key-0123456789-abcdef")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(init)));
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.code()).isEqualTo("invalid_api_key");

            // with a key: plain JSON answers; GET offers no stream
            TestServer.Res ok = s.post("/mcp", init);
            assertThat(ok.status()).isEqualTo(200);
            assertThat(ok.json().path("result").path("protocolVersion").asText())
                    .isEqualTo("2025-06-18");
            assertThat(s.post("/mcp", "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}")
                            .status())
                    .isEqualTo(202);
            assertThat(s.get("/mcp").status()).isEqualTo(405);
            TestServer.Res unknown = s.post("/mcp", "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"resources/list\"}");
            assertThat(unknown.json().path("error").path("code").asInt()).isEqualTo(-32601);
        }
    }

    @Test
    void toolCallsShareTheRestRateLimitsAndTeamScopingAndUploadsAreBounded() throws Exception {
        try (TestServer s =
                        TestServer.start(data2, "--rate-limits", "tools-start=1", "--mcp-upload-max-bytes", "4096");
                McpSyncClient c = client(s, TestServer.KEY)) {
            c.initialize();
            McpSchema.CallToolResult first = call(c, "text-to-speech", Map.of("ttsText", "one"));
            assertThat(first.isError()).as(text(first)).isFalse();
            McpSchema.CallToolResult second = call(c, "text-to-speech", Map.of("ttsText", "two"));
            assertThat(second.isError()).isTrue();
            assertThat(text(second)).startsWith("rate_limited: Rate limit of 1 requests per hour for tools-start");
            // the REST starter shares the same window
            assertThat(s.post("/v1/tools/text-to-speech", "{\"ttsText\":\"three\"}")
                            .status())
                    .isEqualTo(429);

            // private and loopback addresses are refused by default
            McpSchema.CallToolResult loopback =
                    call(c, "upload-file", Map.of("url", s.base() + "/healthz", "displayName", "x"));
            assertThat(loopback.isError()).isTrue();
            assertThat(text(loopback)).startsWith("invalid_parameters: url: ");

            // uploads are bounded by mcp-upload-max-bytes
            McpSchema.CallToolResult tooBig =
                    call(c, "upload-file", Map.of("base64", Base64.getEncoder().encodeToString(new byte[5000])));
            assertThat(tooBig.isError()).isTrue();
            assertThat(text(tooBig))
                    .startsWith("payload_too_large: The file exceeds the MCP upload maximum of 4096 bytes");

            // team scoping: another team's key sees nothing of this team's files
            JsonNode mine = structured(call(
                    c,
                    "upload-file",
                    Map.of("base64", Base64.getEncoder().encodeToString(Media.png(8, 8)), "displayName", "mine.png")));
            String otherKey;
            try (var st = dev.framewright.store.jdbc.JdbcStorage.sqlite(data2.resolve("framewright.db"))
                    .start()) {
                var team = new dev.framewright.core.auth.Teams(st.teams(), java.time.Clock.systemUTC())
                        .create("others", true, 4);
                otherKey = new dev.framewright.core.auth.ApiKeys(st.keys(), st.teams(), java.time.Clock.systemUTC())
                        .issue(team.id(), "other")
                        .secret();
            }
            try (McpSyncClient other = client(s, otherKey)) {
                other.initialize();
                McpSchema.CallToolResult foreign = call(
                        other, "get-file", Map.of("fileId", mine.path("fileId").asText()));
                assertThat(foreign.isError()).isTrue();
                assertThat(text(foreign)).startsWith("not_found: ");
                assertThat(structured(call(other, "list-files", Map.of()))
                                .path("files")
                                .size())
                        .isZero();
            }
        }
    }

    private static String chain(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            sb.append(t).append(" | ");
            if (t instanceof io.modelcontextprotocol.client.transport.McpHttpClientTransportAuthorizationException a) {
                sb.append("status ").append(a.getResponseInfo().statusCode()).append(" | ");
            }
        }
        return sb.toString();
    }
}
