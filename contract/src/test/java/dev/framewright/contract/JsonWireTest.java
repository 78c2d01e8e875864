package dev.framewright.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The records serialize to the exact wire shapes of API.md with a plain Jackson mapper. */
class JsonWireTest {

    private final ObjectMapper mapper = new ObjectMapper();

    static final FileSource READY = new FileSource(
            FileSourceStatus.READY,
            "http://127.0.0.1:8080/media/download/vg_file_x/1/sig/a.png",
            1745413200L,
            64,
            32,
            1234L);

    static StorageFile file() {
        return new StorageFile(
                "vg_file_AAAAAAAAAAAAAAAAAAAAAA",
                FileScope.GLOBAL,
                FileType.IMAGE,
                "a cat",
                null,
                null,
                null,
                READY,
                READY,
                READY,
                FileSource.skipped(),
                false,
                null,
                null,
                null,
                ToolType.GENERATE_IMAGE,
                "vg_exec_AAAAAAAAAAAAAAAAAAAAAA");
    }

    @Test
    void storageFileEmitsEveryFieldWithNullsAndIsNames() throws Exception {
        JsonNode json = mapper.readTree(mapper.writeValueAsString(file()));

        assertThat(fieldNames(json)).containsExactlyElementsOf(SchemaDriftTest.wireNames(StorageFile.class));
        assertThat(json.get("isPublicPreviewEnabled").isBoolean()).isTrue();
        assertThat(json.has("publicPreviewEnabled")).isFalse();
        assertThat(json.get("description").isNull()).isTrue();
        assertThat(json.get("hlsSource").toString())
                .isEqualTo("{\"status\":\"skipped\",\"url\":null,\"expiresAt\":null,\"width\":null,"
                        + "\"height\":null,\"fileBytes\":null}");
        assertThat(json.get("downloadSource").get("status").asText()).isEqualTo("ready");
        assertThat(json.get("sourceToolType").asText()).isEqualTo("GENERATE_IMAGE");
        assertThat(mapper.readValue(json.toString(), StorageFile.class)).isEqualTo(file());
    }

    @Test
    void nullsAreEmittedEvenWhenTheMapperDefaultsToNonNull() throws Exception {
        ObjectMapper nonNull = new ObjectMapper().setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);

        JsonNode json =
                nonNull.readTree(nonNull.writeValueAsString(ApiError.of(ErrorCode.NOT_FOUND, "file not found")));

        assertThat(json.toString())
                .isEqualTo("{\"message\":\"file not found\",\"code\":\"not_found\",\"requirement\":null,"
                        + "\"internalErrorCode\":null}");
    }

    @Test
    void executedToolRoundTripsWithLowercaseStatus() throws Exception {
        ExecutedTool tool = new ExecutedTool(
                "vg_exec_AAAAAAAAAAAAAAAAAAAAAA",
                ExecutionStatus.SUCCEEDED,
                ToolType.GENERATE_IMAGE,
                List.of(new ToolSuccessResult("vg_file_AAAAAAAAAAAAAAAAAAAAAA", FileType.IMAGE, file())),
                null,
                100,
                1745409600L,
                1745409601L,
                1745409660L,
                Map.of("prompt", "a cat", "numResults", 1));

        String json = mapper.writeValueAsString(tool);
        JsonNode node = mapper.readTree(json);

        assertThat(node.get("status").asText()).isEqualTo("succeeded");
        assertThat(node.get("error").isNull()).isTrue();
        assertThat(node.get("results").get(0).get("type").asText()).isEqualTo("IMAGE");
        assertThat(fieldNames(node)).containsExactlyElementsOf(SchemaDriftTest.wireNames(ExecutedTool.class));
        assertThat(mapper.readValue(json, ExecutedTool.class)).isEqualTo(tool);
        for (ExecutionStatus status : ExecutionStatus.values()) {
            assertThat(mapper.writeValueAsString(status))
                    .isEqualTo("\"" + status.name().toLowerCase() + "\"");
            assertThat(mapper.readValue("\"" + status.wire() + "\"", ExecutionStatus.class))
                    .isEqualTo(status);
        }
    }

    @Test
    void toolRequestsReadIsOutputTemporaryAndIgnoreUnknownFields() throws Exception {
        GenerateImageRequest request = mapper.readValue("""
                {"prompt":"a cat","imageFileIds":null,"aspectRatio":{"width":1,"height":1},
                 "watermarkMode":"NONE","numResults":2,"isOutputTemporary":true,"ttsText":"ignored"}""", GenerateImageRequest.class);

        assertThat(request)
                .isEqualTo(new GenerateImageRequest("a cat", null, new AspectRatio(1, 1), WatermarkMode.NONE, 2, true));
        JsonNode json = mapper.readTree(mapper.writeValueAsString(request));
        assertThat(fieldNames(json))
                .containsExactly(
                        "prompt", "imageFileIds", "aspectRatio", "watermarkMode", "numResults", "isOutputTemporary");
    }

    @Test
    void textToSpeechIgnoresWatermarkMode() throws Exception {
        TextToSpeechRequest request = mapper.readValue(
                "{\"ttsText\":\"hi\",\"watermarkMode\":\"NONE\",\"isOutputTemporary\":false,"
                        + "\"pronunciationReplacements\":[{\"original\":\"Dr\",\"replacement\":\"Doctor\"}]}",
                TextToSpeechRequest.class);

        assertThat(request.watermarkMode()).isNull();
        assertThat(request.isOutputTemporary()).isFalse();
        assertThat(request.pronunciationReplacements()).containsExactly(new PronunciationReplacement("Dr", "Doctor"));
        JsonNode json = mapper.readTree(mapper.writeValueAsString(request));
        assertThat(fieldNames(json)).containsExactlyElementsOf(SchemaDriftTest.wireNames(TextToSpeechRequest.class));
        assertThat(json.has("watermarkMode")).isFalse();
        assertThat(json.has("toolType")).isFalse();
    }

    @Test
    void everyToolRequestDeserializesFromItsEmptyBodyAndNamesItsTool() throws Exception {
        for (ToolType tool : ToolType.values()) {
            ToolRequest request = mapper.readValue("{\"isOutputTemporary\":true}", ToolRequest.bodyType(tool));

            assertThat(request.toolType()).isEqualTo(tool);
            assertThat(request.isOutputTemporary()).as(tool.name()).isTrue();
            assertThat(request.numResults()).isNull();
            JsonNode json = mapper.readTree(mapper.writeValueAsString(request));
            assertThat(json.get("isOutputTemporary").asBoolean()).isTrue();
            assertThat(json.has("outputTemporary")).isFalse();
            assertThat(json.has("toolType")).isFalse();
        }
    }

    @Test
    void isNamedBooleansKeepTheirPrefix() throws Exception {
        JsonNode upload = mapper.readTree(mapper.writeValueAsString(new UploadFileRequest("a.png", null, true)));
        JsonNode voice = mapper.readTree(mapper.writeValueAsString(
                new TtsVoice("vg_voic_en_us_slt", "SLT", "en-US", Gender.FEMALE, null, null, true, false, true)));

        assertThat(fieldNames(upload)).containsExactly("displayName", "type", "isTemporary");
        assertThat(fieldNames(voice)).containsExactlyElementsOf(SchemaDriftTest.wireNames(TtsVoice.class));
        assertThat(voice.get("isDeprecated").asBoolean()).isTrue();
        assertThat(mapper.readValue("{\"displayName\":\"a\",\"isTemporary\":true}", UploadFileRequest.class)
                        .isTemporary())
                .isTrue();
    }

    @Test
    void webhookEventNamesAreDotted() throws Exception {
        CreateWebhookEndpointRequest request = mapper.readValue(
                "{\"url\":\"https://example.com/hook\",\"events\":[\"file.upload.completed\","
                        + "\"tool_execution.succeeded\"],\"description\":null}",
                CreateWebhookEndpointRequest.class);

        assertThat(request.events())
                .containsExactly(WebhookEventName.FILE_UPLOAD_COMPLETED, WebhookEventName.TOOL_EXECUTION_SUCCEEDED);
        assertThat(mapper.writeValueAsString(WebhookEventName.FILE_ANALYSIS_FAILED))
                .isEqualTo("\"file.analysis_failed\"");
        assertThatThrownBy(() -> mapper.readValue(
                        "{\"url\":\"u\",\"events\":[\"file.nope\"]}", CreateWebhookEndpointRequest.class))
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void toolExecutionPayloadMatchesTheSpecExample() throws Exception {
        ToolExecutionWebhookPayload payload = new ToolExecutionWebhookPayload(
                WebhookEventName.TOOL_EXECUTION_FAILED,
                "vg_exec_AAAAAAAAAAAAAAAAAAAAAA",
                ToolType.TEXT_TO_SPEECH,
                1745409600L,
                null,
                ApiError.of(ErrorCode.TIMED_OUT, "the tool ran out of time"));

        assertThat(mapper.writeValueAsString(payload))
                .isEqualTo(
                        "{\"event\":\"tool_execution.failed\",\"toolExecutionId\":\"vg_exec_AAAAAAAAAAAAAAAAAAAAAA\","
                                + "\"toolType\":\"TEXT_TO_SPEECH\",\"occurredAt\":1745409600,\"results\":null,"
                                + "\"error\":{\"message\":\"the tool ran out of time\",\"code\":\"timed_out\","
                                + "\"requirement\":null,\"internalErrorCode\":null}}");
    }

    @Test
    void webhookEndpointAndDeliveryUseLowercaseStatuses() throws Exception {
        WebhookEndpoint endpoint = new WebhookEndpoint(
                "vg_wh_AAAAAAAAAAAAAAAAAAAAAA",
                "https://example.com/hook",
                List.of(WebhookEventName.FILE_DOWNLOAD_READY),
                null,
                1745409600L,
                "whsec_c2VjcmV0",
                "cmV0",
                WebhookEndpointStatus.ACTIVE,
                null);
        WebhookDelivery delivery = new WebhookDelivery(
                "vg_dlv_AAAAAAAAAAAAAAAAAAAAAA",
                "msg_AAAAAAAAAAAAAAAAAAAAAA",
                WebhookEventName.FILE_DOWNLOAD_READY,
                1745409600L,
                Map.of("event", "file.download_ready"),
                List.of(new DeliveryAttempt(1745409600L, null, 15000L, DeliveryAttemptError.TIMEOUT)),
                DeliveryStatus.PENDING,
                1745409605L);

        JsonNode e = mapper.readTree(mapper.writeValueAsString(endpoint.withoutSecret()));
        JsonNode d = mapper.readTree(mapper.writeValueAsString(delivery));

        assertThat(e.get("status").asText()).isEqualTo("active");
        assertThat(e.get("signingSecret").isNull()).isTrue();
        assertThat(e.get("signingSecretLast4").asText()).isEqualTo("cmV0");
        assertThat(d.get("status").asText()).isEqualTo("pending");
        assertThat(d.get("attempts").get(0).get("error").asText()).isEqualTo("timeout");
        assertThat(d.get("attempts").get(0).get("responseStatus").isNull()).isTrue();
        assertThat(mapper.readValue(d.toString(), WebhookDelivery.class)).isEqualTo(delivery);
    }

    @Test
    void addOnRequiredCarriesItsRequirement() throws Exception {
        assertThat(mapper.writeValueAsString(ApiError.addOnRequired("watermarkMode NONE needs the add-on")))
                .isEqualTo("{\"message\":\"watermarkMode NONE needs the add-on\",\"code\":\"add_on_required\","
                        + "\"requirement\":{\"type\":\"purchase_add_on\",\"details\":{\"addOn\":\"watermark_free\"}},"
                        + "\"internalErrorCode\":null}");
    }

    @Test
    void healthOmitsChecksUnlessNotReady() throws Exception {
        assertThat(mapper.writeValueAsString(HealthStatus.ok())).isEqualTo("{\"status\":\"ok\"}");
        assertThat(mapper.writeValueAsString(HealthStatus.notReady(Map.of("database", "unreachable"))))
                .isEqualTo("{\"status\":\"not_ready\",\"checks\":{\"database\":\"unreachable\"}}");
        HealthStatus readyz = mapper.readValue(
                "{\"status\":\"ready\",\"node\":\"api-1\",\"role\":\"api\",\"nodes\":[{\"nodeId\":\"api-1\","
                        + "\"role\":\"api\",\"workers\":0,\"version\":\"0.1.0\",\"startedAt\":\"2026-11-29T10:00:00Z\","
                        + "\"lastHeartbeatAt\":\"2026-11-29T10:00:05Z\"}]}",
                HealthStatus.class);
        assertThat(readyz.nodes()).singleElement().satisfies(n -> {
            assertThat(n.nodeId()).isEqualTo("api-1");
            assertThat(n.lastHeartbeatAt()).isEqualTo("2026-11-29T10:00:05Z");
        });
    }

    @Test
    void listsEmitPagingFields() throws Exception {
        assertThat(mapper.writeValueAsString(new EngineList(
                        List.of(new EngineStatus(
                                EngineCapability.of(ToolType.UPSCALE_IMAGE),
                                null,
                                null,
                                false,
                                "none configured",
                                null)),
                        false,
                        null)))
                .isEqualTo("{\"engines\":[{\"capability\":\"UPSCALE_IMAGE\",\"engine\":null,\"version\":null,"
                        + "\"available\":false,\"reason\":\"none configured\",\"details\":null}],"
                        + "\"hasMore\":false,\"nextCursor\":null}");
        assertThat(mapper.writeValueAsString(new MeResponse("vg_key_x", "vg_team_y", null, "default")))
                .isEqualTo("{\"apiKeyId\":\"vg_key_x\",\"teamId\":\"vg_team_y\",\"apiKeyNickname\":null,"
                        + "\"teamName\":\"default\"}");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
