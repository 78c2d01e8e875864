package dev.framewright.server.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewright.core.ApiException;

/** Reads MCP tool arguments; a wrong value is {@code invalid_parameters} naming the argument. */
final class Args {
    private Args() {}

    static String text(ObjectNode args, String name, boolean required) {
        JsonNode v = args.get(name);
        if (v == null || v.isNull()) {
            if (required) {
                throw ApiException.invalid(name + " is required");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw ApiException.invalid(name + " must be a string");
        }
        if (required && v.asText().isBlank()) {
            throw ApiException.invalid(name + " is required");
        }
        return v.asText();
    }

    static int integer(ObjectNode args, String name, int min, int max, int fallback) {
        JsonNode v = args.get(name);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isIntegralNumber() || v.asLong() < min || v.asLong() > max) {
            throw ApiException.invalid(name + " must be an integer from " + min + " to " + max);
        }
        return v.asInt();
    }

    static Boolean bool(ObjectNode args, String name) {
        JsonNode v = args.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isBoolean()) {
            throw ApiException.invalid(name + " must be true or false");
        }
        return v.asBoolean();
    }

    /** The value as the REST query string would carry it: text, a number or a boolean; else null. */
    static String query(ObjectNode args, String name) {
        JsonNode v = args.get(name);
        return v == null || v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString();
    }
}
