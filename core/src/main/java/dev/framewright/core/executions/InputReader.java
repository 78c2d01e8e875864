package dev.framewright.core.executions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewright.core.ApiException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and checks the fields of a JSON request body (API.md §1.3): {@code null} means absent, wrong
 * JSON types and fractions for integers are rejected with a message naming the field, and every
 * accepted value (or its default) is copied into {@link #accepted()} under its wire name.
 */
public final class InputReader {
    private final ObjectNode body;
    private final ObjectNode accepted = JsonNodeFactory.instance.objectNode();

    public InputReader(ObjectNode body) {
        this.body = body;
    }

    /** The fields read so far, with defaults filled in, in reading order. */
    public ObjectNode accepted() {
        return accepted;
    }

    private JsonNode present(String field) {
        JsonNode n = body.get(field);
        return n == null || n.isNull() ? null : n;
    }

    /** A string field; blank counts as missing. Returns null when absent and not required. */
    public String string(String field, boolean required, int maxLength) {
        JsonNode n = present(field);
        if (n == null) {
            return missing(field, required);
        }
        if (!n.isTextual()) {
            throw ApiException.invalid(field + " must be a string");
        }
        String s = n.textValue();
        if (s.isBlank()) {
            return missing(field, required);
        }
        if (s.codePointCount(0, s.length()) > maxLength) {
            throw ApiException.invalid(field + " must be at most " + maxLength + " characters");
        }
        accepted.put(field, s);
        return s;
    }

    private String missing(String field, boolean required) {
        if (required) {
            throw ApiException.invalid(field + " is required");
        }
        accepted.putNull(field);
        return null;
    }

    public int integer(String field, int min, int max, int defaultValue) {
        JsonNode n = present(field);
        int v = defaultValue;
        if (n != null) {
            if (!n.isIntegralNumber() || !n.canConvertToInt()) {
                throw ApiException.invalid(field + " must be an integer");
            }
            v = n.intValue();
            if (v < min || v > max) {
                throw ApiException.invalid(field + " must be between " + min + " and " + max);
            }
        }
        accepted.put(field, v);
        return v;
    }

    public boolean bool(String field, boolean defaultValue) {
        JsonNode n = present(field);
        boolean v = defaultValue;
        if (n != null) {
            if (!n.isBoolean()) {
                throw ApiException.invalid(field + " must be a boolean");
            }
            v = n.booleanValue();
        }
        accepted.put(field, v);
        return v;
    }

    /** A number in [min, max]; null default leaves it absent ({@code null}) when not given. */
    public Double number(String field, double min, double max, Double defaultValue) {
        JsonNode n = present(field);
        Double v = defaultValue;
        if (n != null) {
            if (!n.isNumber()) {
                throw ApiException.invalid(field + " must be a number");
            }
            v = n.doubleValue();
            if (!(v >= min && v <= max)) {
                throw ApiException.invalid(field + " must be between " + fmt(min) + " and " + fmt(max));
            }
        }
        if (v == null) {
            accepted.putNull(field);
        } else {
            accepted.put(field, v);
        }
        return v;
    }

    public <E extends Enum<E>> E enumValue(String field, Class<E> type, E defaultValue) {
        JsonNode n = present(field);
        E v = defaultValue;
        if (n != null) {
            if (!n.isTextual()) {
                throw ApiException.invalid(field + " must be a string");
            }
            v = null;
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(n.textValue())) {
                    v = e;
                }
            }
            if (v == null) {
                throw ApiException.invalid(field + " must be one of " + List.of(type.getEnumConstants()));
            }
        }
        accepted.put(field, v.name());
        return v;
    }

    /** An array of non-blank strings, at most {@code maxItems}; absent → empty. */
    public List<String> stringArray(String field, int maxItems) {
        JsonNode n = present(field);
        List<String> out = new ArrayList<>();
        ArrayNode arr = accepted.putArray(field);
        if (n == null) {
            return out;
        }
        if (!n.isArray()) {
            throw ApiException.invalid(field + " must be an array of strings");
        }
        if (n.size() > maxItems) {
            throw ApiException.invalid(field + " must have at most " + maxItems + " items");
        }
        for (int i = 0; i < n.size(); i++) {
            JsonNode e = n.get(i);
            if (e == null || !e.isTextual() || e.textValue().isBlank()) {
                throw ApiException.invalid(field + "[" + i + "] must be a non-empty string");
            }
            out.add(e.textValue());
            arr.add(e.textValue());
        }
        return out;
    }

    /** {@code AspectRatio} {width ≥ 1, height ≥ 1}, default 16:9. */
    public int[] aspectRatio(String field) {
        JsonNode n = present(field);
        int w = 16;
        int h = 9;
        if (n != null) {
            if (!n.isObject()) {
                throw ApiException.invalid(field + " must be an object with width and height");
            }
            w = positiveInt(n, field, "width");
            h = positiveInt(n, field, "height");
        }
        ObjectNode o = accepted.putObject(field);
        o.put("width", w);
        o.put("height", h);
        return new int[] {w, h};
    }

    private static int positiveInt(JsonNode obj, String field, String name) {
        JsonNode v = obj.get(name);
        if (v == null || v.isNull()) {
            throw ApiException.invalid(field + "." + name + " is required");
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 1) {
            throw ApiException.invalid(field + "." + name + " must be an integer ≥ 1");
        }
        return v.intValue();
    }

    /** {@code PronunciationReplacement[]}: {original (non-empty), replacement (string)}. */
    public void pronunciationReplacements(String field) {
        JsonNode n = present(field);
        ArrayNode arr = accepted.putArray(field);
        if (n == null) {
            return;
        }
        if (!n.isArray()) {
            throw ApiException.invalid(field + " must be an array");
        }
        for (int i = 0; i < n.size(); i++) {
            JsonNode e = n.get(i);
            String at = field + "[" + i + "]";
            if (e == null || !e.isObject()) {
                throw ApiException.invalid(at + " must be an object with original and replacement");
            }
            JsonNode original = e.get("original");
            JsonNode replacement = e.get("replacement");
            if (original == null
                    || original.isNull()
                    || !original.isTextual()
                    || original.textValue().isEmpty()) {
                throw ApiException.invalid(at + ".original is required");
            }
            if (replacement == null || replacement.isNull() || !replacement.isTextual()) {
                throw ApiException.invalid(at + ".replacement is required");
            }
            ObjectNode o = arr.addObject();
            o.put("original", original.textValue());
            o.put("replacement", replacement.textValue());
        }
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
