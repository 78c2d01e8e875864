package dev.framewright.server.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewright.server.http.Json;

/** JSON-RPC 2.0 messages of the MCP transport. */
final class JsonRpc {
    static final int INVALID_REQUEST = -32600;
    static final int METHOD_NOT_FOUND = -32601;
    static final int INVALID_PARAMS = -32602;

    private JsonRpc() {}

    static ObjectNode result(JsonNode id, JsonNode result) {
        ObjectNode m = Json.MAPPER.createObjectNode().put("jsonrpc", "2.0");
        m.set("id", id);
        m.set("result", result);
        return m;
    }

    static ObjectNode error(JsonNode id, int code, String message) {
        ObjectNode m = Json.MAPPER.createObjectNode().put("jsonrpc", "2.0");
        m.set("id", id);
        m.putObject("error").put("code", code).put("message", message);
        return m;
    }

    static ObjectNode progress(JsonNode token, double progress, double total, String message) {
        ObjectNode m = Json.MAPPER.createObjectNode().put("jsonrpc", "2.0").put("method", "notifications/progress");
        ObjectNode p = m.putObject("params");
        p.set("progressToken", token);
        p.put("progress", progress).put("total", total).put("message", message);
        return m;
    }
}
