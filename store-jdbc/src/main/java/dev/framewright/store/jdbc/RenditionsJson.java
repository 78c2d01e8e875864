package dev.framewright.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewright.contract.FileSourceStatus;
import dev.framewright.core.files.Rendition;
import dev.framewright.core.files.RenditionKind;
import java.util.EnumMap;
import java.util.Map;

/** The renditions column: a JSON object keyed by rendition name. */
final class RenditionsJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RenditionsJson() {}

    static String write(Map<RenditionKind, Rendition> renditions) {
        ObjectNode root = JSON.createObjectNode();
        renditions.forEach((kind, r) -> {
            ObjectNode o = root.putObject(kind.urlName());
            o.put("status", r.status().wire());
            o.put("blobKey", r.blobKey());
            o.put("contentType", r.contentType());
            o.put("width", r.width());
            o.put("height", r.height());
            o.put("bytes", r.bytes());
        });
        return root.toString();
    }

    static Map<RenditionKind, Rendition> read(String json) {
        Map<RenditionKind, Rendition> out = new EnumMap<>(RenditionKind.class);
        try {
            JsonNode root = JSON.readTree(json);
            for (RenditionKind kind : RenditionKind.values()) {
                JsonNode o = root.get(kind.urlName());
                if (o != null) {
                    out.put(
                            kind,
                            new Rendition(
                                    FileSourceStatus.fromWire(o.get("status").asText()),
                                    text(o, "blobKey"),
                                    text(o, "contentType"),
                                    integer(o, "width"),
                                    integer(o, "height"),
                                    longValue(o, "bytes")));
                }
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt renditions column", e);
        }
        return out;
    }

    private static String text(JsonNode o, String f) {
        JsonNode v = o.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Integer integer(JsonNode o, String f) {
        JsonNode v = o.get(f);
        return v == null || v.isNull() ? null : v.asInt();
    }

    private static Long longValue(JsonNode o, String f) {
        JsonNode v = o.get(f);
        return v == null || v.isNull() ? null : v.asLong();
    }
}
