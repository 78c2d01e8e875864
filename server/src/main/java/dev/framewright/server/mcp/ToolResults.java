package dev.framewright.server.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewright.server.http.Json;

/**
 * MCP {@code CallToolResult}s: the result as {@code structuredContent} and, for clients that read only
 * text, as JSON text (preceded by a note when there is more to do); errors as {@code isError} with
 * {@code <code>: <message>}, the codes and messages of the REST API.
 */
final class ToolResults {
    private ToolResults() {}

    static ObjectNode success(McpTools.Answer answer) {
        JsonNode value = Json.MAPPER.valueToTree(answer.result());
        ObjectNode r = Json.MAPPER.createObjectNode();
        var content = r.putArray("content");
        if (answer.note() != null) {
            content.addObject().put("type", "text").put("text", answer.note());
        }
        content.addObject().put("type", "text").put("text", value.toString());
        r.set("structuredContent", value);
        r.put("isError", false);
        return r;
    }

    static ObjectNode error(String code, String message) {
        ObjectNode r = Json.MAPPER.createObjectNode();
        r.putArray("content").addObject().put("type", "text").put("text", code + ": " + message);
        r.putObject("structuredContent").putObject("error").put("code", code).put("message", message);
        r.put("isError", true);
        return r;
    }
}
