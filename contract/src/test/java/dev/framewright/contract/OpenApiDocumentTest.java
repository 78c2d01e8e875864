package dev.framewright.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The bundled OpenAPI document parses cleanly and lists exactly the routes of API.md §2–§6. */
class OpenApiDocumentTest {

    /** Every (method, path) the server registers, in Javalin syntax (HEAD is implied, not listed). */
    static final Set<String> EXPECTED_OPERATIONS = Set.of(
            "POST /v1/tools/generate-image",
            "POST /v1/tools/generate-video-clip",
            "POST /v1/tools/text-to-speech",
            "POST /v1/tools/generate-sound-effect",
            "POST /v1/tools/generate-avatar",
            "POST /v1/tools/vectorize-image",
            "POST /v1/tools/remove-image-background",
            "POST /v1/tools/remove-video-background",
            "POST /v1/tools/upscale-image",
            "POST /v1/tools/upscale-video",
            "GET /v1/tools/executions",
            "GET /v1/tools/executions/{toolExecutionId}",
            "POST /v1/tools/executions/{toolExecutionId}/cancel",
            "GET /v1/tools/executions/{toolExecutionId}/events",
            "GET /v1/files",
            "POST /v1/files/search",
            "POST /v1/files/upload",
            "GET /v1/files/{fileId}",
            "POST /v1/files/{fileId}/hydrate",
            "POST /v1/files/{fileId}/archive",
            "POST /v1/files/{fileId}/enable-public-preview",
            "POST /v1/files/{fileId}/disable-public-preview",
            "GET /v1/resources/avatar-presenters",
            "GET /v1/resources/tts-voices",
            "GET /v1/resources/engines",
            "GET /v1/webhooks/endpoints",
            "POST /v1/webhooks/endpoints",
            "DELETE /v1/webhooks/endpoints/{endpointId}",
            "GET /v1/webhooks/endpoints/{endpointId}/deliveries",
            "POST /v1/webhooks/endpoints/{endpointId}/deliveries/{deliveryId}/replay",
            "POST /v1/webhooks/endpoints/{endpointId}/rotate-secret",
            "GET /v1/me",
            "GET /v1/openapi.json",
            "GET /healthz",
            "GET /readyz",
            "GET /metrics",
            "PUT /upload/{fileId}/{expires}/{signature}",
            "OPTIONS /upload/{fileId}/{expires}/{signature}",
            "GET /media/{kind}/{fileId}/{expires}/{signature}/{name}",
            "GET /public/hls/{publicPlaybackId}/{segment}",
            "GET /public/preview/{publicPlaybackId}",
            "GET /public/thumbnail/{publicPlaybackId}",
            "GET /embed/{publicPlaybackId}",
            "GET /embed/assets/{asset}",
            "GET /console",
            "GET /console/playground",
            "GET /console/executions",
            "GET /console/executions/{toolExecutionId}",
            "GET /console/files",
            "GET /console/files/{fileId}",
            "GET /console/webhooks",
            "GET /console/webhooks/{endpointId}",
            "GET /console/engines",
            "GET /console/assets/{asset}",
            "GET /presenters/{avatarPresenterId}/image.png",
            "GET /presenters/{avatarPresenterId}/thumbnail.png",
            "GET /presenters/{avatarPresenterId}/preview.mp4",
            "GET /llms.txt",
            "GET /llms-full.txt",
            "GET /docs",
            "GET /docs/{page}",
            "POST /mcp");

    /** [ext] operations of API.md; each must carry {@code x-framewright-extension: true}. */
    static final Set<String> EXTENSION_OPERATIONS = Set.of(
            "GET /v1/tools/executions",
            "GET /v1/tools/executions/{toolExecutionId}/events",
            "GET /v1/resources/engines",
            "GET /v1/webhooks/endpoints/{endpointId}/deliveries",
            "POST /v1/webhooks/endpoints/{endpointId}/deliveries/{deliveryId}/replay",
            "POST /v1/webhooks/endpoints/{endpointId}/rotate-secret",
            "GET /v1/me",
            "GET /v1/openapi.json",
            "GET /healthz",
            "GET /readyz",
            "GET /metrics",
            "GET /public/preview/{publicPlaybackId}",
            "GET /embed/assets/{asset}",
            "GET /console",
            "GET /console/playground",
            "GET /console/executions",
            "GET /console/executions/{toolExecutionId}",
            "GET /console/files",
            "GET /console/files/{fileId}",
            "GET /console/webhooks",
            "GET /console/webhooks/{endpointId}",
            "GET /console/engines",
            "GET /console/assets/{asset}",
            "GET /presenters/{avatarPresenterId}/image.png",
            "GET /presenters/{avatarPresenterId}/thumbnail.png",
            "GET /presenters/{avatarPresenterId}/preview.mp4",
            "GET /llms.txt",
            "GET /llms-full.txt",
            "GET /docs",
            "GET /docs/{page}",
            "POST /mcp");

    static OpenAPI parse() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(OpenApiDocument.yaml(), null, options);
        assertThat(result.getMessages()).as("parser messages").isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        return result.getOpenAPI();
    }

    static Map<String, Operation> operations(OpenAPI api) {
        Map<String, Operation> operations = new LinkedHashMap<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, op) -> operations.put(method.name() + " " + path, op)));
        return operations;
    }

    @Test
    void parsesAsOpenApi31WithoutMessages() {
        OpenAPI api = parse();

        assertThat(api.getOpenapi()).isEqualTo("3.1.0");
        assertThat(api.getServers()).singleElement().satisfies(s -> assertThat(s.getUrl())
                .isEqualTo("http://127.0.0.1:8080"));
        assertThat(api.getComponents().getSecuritySchemes()).containsKey("bearerAuth");
        assertThat(api.getSecurity()).singleElement().satisfies(r -> assertThat(r)
                .containsKey("bearerAuth"));
    }

    @Test
    void listsExactlyTheServerRoutes() {
        assertThat(new TreeSet<>(operations(parse()).keySet())).isEqualTo(new TreeSet<>(EXPECTED_OPERATIONS));
    }

    @Test
    void operationsHelperAgreesWithTheParser() {
        assertThat(OpenApiDocument.operations())
                .containsExactlyElementsOf(operations(parse()).keySet());
    }

    @Test
    void marksExactlyTheExtensions() {
        operations(parse()).forEach((key, op) -> {
            boolean marked = op.getExtensions() != null
                    && Boolean.TRUE.equals(op.getExtensions().get("x-framewright-extension"));
            assertThat(marked).as(key).isEqualTo(EXTENSION_OPERATIONS.contains(key));
        });
    }

    @Test
    void authenticatedOperationsDocumentAuthAndRateLimitErrors() {
        operations(parse()).forEach((key, op) -> {
            boolean authenticated = key.contains(" /v1/") && !key.equals("GET /v1/openapi.json");
            if (authenticated) {
                assertThat(op.getSecurity()).as(key + " inherits bearer auth").isNull();
                assertThat(op.getResponses()).as(key).containsKeys("401", "429", "500");
            } else {
                assertThat(op.getSecurity()).as(key + " overrides security").isNotNull();
            }
            assertThat(op.getResponses().keySet())
                    .as(key + " has a success status")
                    .anyMatch(code -> code.startsWith("2"));
        });
    }

    @Test
    void successStatusesFollowSection16() {
        Map<String, Operation> ops = operations(parse());
        for (ToolType tool : ToolType.values()) {
            assertThat(ops.get("POST /v1/tools/" + tool.path()).getResponses()).containsKey("202");
        }
        assertThat(ops.get("POST /v1/tools/executions/{toolExecutionId}/cancel").getResponses())
                .containsKey("202");
        assertThat(ops.get("POST /v1/webhooks/endpoints").getResponses()).containsKey("201");
        assertThat(ops.get("DELETE /v1/webhooks/endpoints/{endpointId}").getResponses())
                .containsKey("204");
        assertThat(ops.get("GET /v1/files/{fileId}").getResponses()).containsKey("200");
    }

    @Test
    void everyPathParameterIsDeclared() {
        OpenAPI api = parse();
        api.getPaths().forEach((path, item) -> {
            List<String> templated =
                    TEMPLATE.matcher(path).results().map(m -> m.group(1)).toList();
            for (Operation op : item.readOperations()) {
                Set<String> declared = new TreeSet<>(pathParameterNames(api, item.getParameters()));
                declared.addAll(pathParameterNames(api, op.getParameters()));
                assertThat(declared).as(path).containsExactlyInAnyOrderElementsOf(templated);
            }
        });
    }

    private static final Pattern TEMPLATE = Pattern.compile("\\{(\\w+)}");

    private static List<String> pathParameterNames(OpenAPI api, List<Parameter> parameters) {
        if (parameters == null) {
            return List.of();
        }
        return parameters.stream()
                .map(p -> p.get$ref() == null
                        ? p
                        : api.getComponents().getParameters().get(simpleName(p.get$ref())))
                .filter(p -> "path".equals(p.getIn()))
                .map(Parameter::getName)
                .toList();
    }

    private static String simpleName(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    @Test
    void pathItemsUseOnlyKnownMethods() {
        for (PathItem item : parse().getPaths().values()) {
            assertThat(item.getHead()).isNull();
            assertThat(item.getPatch()).isNull();
            assertThat(item.getTrace()).isNull();
        }
    }
}
