package dev.framewright.server.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.framewright.contract.OpenApiDocument;
import dev.framewright.contract.ToolType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * The input JSON Schemas of the starter tools, derived from the contract: the request body schema of
 * {@code POST /v1/tools/<tool>} in openapi.yaml (OpenAPI 3.1 schemas are JSON Schema 2020-12), with
 * every {@code $ref} inlined and the {@code x-framewright-*} annotations dropped.
 */
final class ToolSchemas {
    private final JsonNode doc;

    ToolSchemas() {
        try (InputStream in = OpenApiDocument.open()) {
            doc = new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The request body schema of the tool's starter, self-contained. */
    ObjectNode request(ToolType type) {
        JsonNode schema = doc.path("paths")
                .path("/v1/tools/" + type.path())
                .path("post")
                .path("requestBody")
                .path("content")
                .path("application/json")
                .path("schema");
        if (schema.isMissingNode()) {
            throw new IllegalStateException("openapi.yaml has no request schema for " + type.path());
        }
        return (ObjectNode) inline(schema, 0);
    }

    /** The summary of an operation, e.g. {@code Start TEXT_TO_SPEECH (API.md §2.2)}. */
    String summary(String method, String path) {
        return doc.path("paths").path(path).path(method).path("summary").asText("");
    }

    private JsonNode inline(JsonNode node, int depth) {
        if (depth > 20) {
            throw new IllegalStateException("openapi.yaml: $ref nesting too deep");
        }
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual()) {
                return inline(resolve(ref.asText()), depth + 1);
            }
            ObjectNode out = node.deepCopy();
            out.removeAll();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (!f.getKey().startsWith("x-")) {
                    out.set(f.getKey(), inline(f.getValue(), depth + 1));
                }
            }
            return out;
        }
        if (node.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode out =
                    ((com.fasterxml.jackson.databind.node.ArrayNode) node).arrayNode();
            node.forEach(n -> out.add(inline(n, depth + 1)));
            return out;
        }
        return node;
    }

    private JsonNode resolve(String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalStateException("openapi.yaml: external $ref " + ref);
        }
        JsonNode target = doc.at(ref.substring(1));
        if (target.isMissingNode()) {
            throw new IllegalStateException("openapi.yaml: unresolved $ref " + ref);
        }
        return target;
    }
}
