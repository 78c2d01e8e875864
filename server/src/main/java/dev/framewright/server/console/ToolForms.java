package dev.framewright.server.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.framewright.contract.OpenApiDocument;
import dev.framewright.contract.ToolType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The playground's form of each tool, read from the request-body schema of {@code POST
 * /v1/tools/<tool>} in the bundled OpenAPI document (the contract), so a field added to the contract
 * shows up in the console without a change here. Each property becomes one {@link Field}: its JSON
 * type, limits, default text and description come from the schema; a few names get a richer picker
 * (file ids, voices, presenters, language codes).
 */
final class ToolForms {
    /** How a field is entered and how the console's script turns it back into JSON. */
    enum Kind {
        /** A one-line string. */
        TEXT,
        /** A long string (a prompt or text to speak). */
        TEXTAREA,
        INTEGER,
        NUMBER,
        BOOLEAN,
        /** One of {@link Field#options()}. */
        ENUM,
        /** One file id of {@link Field#fileType()}, picked from the team's files. */
        FILE,
        /** Up to {@link Field#maxItems()} file ids of {@link Field#fileType()}. */
        FILES,
        /** A TTS voice id from {@code GET /v1/resources/tts-voices}. */
        VOICE,
        /** An avatar presenter id from {@code GET /v1/resources/avatar-presenters}. */
        PRESENTER,
        /** An object of integer members ({@link Field#children()}), e.g. an aspect ratio. */
        OBJECT,
        /** An array of objects of two string members, entered one per line as {@code a = b}. */
        PAIRS
    }

    /** One input of a tool's form. */
    record Field(
            String name,
            Kind kind,
            boolean required,
            String description,
            Double minimum,
            Double maximum,
            Integer maxLength,
            Integer maxItems,
            List<String> options,
            String fileType,
            List<Field> children) {
        /** The same field, not required on its own (a member of an optional object). */
        Field optional() {
            return new Field(
                    name, kind, false, description, minimum, maximum, maxLength, maxItems, options, fileType, children);
        }

        /** A readable label from the lowerCamelCase name: {@code voiceSpeed} → "Voice speed". */
        String label() {
            String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
            spaced = spaced.replace("tts ", "").replace(" storage file id", "").replace(" file ids", " files");
            spaced = spaced.replace(" file id", "").replace(" id", "");
            return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
        }
    }

    /** One tool: its type, path segment, summary and fields in contract order. */
    record Form(ToolType type, String path, String description, List<Field> fields) {
        /** Whether the form picks files (and so shows the upload zone). */
        boolean takesFiles() {
            return fields.stream().anyMatch(f -> f.kind() == Kind.FILE || f.kind() == Kind.FILES);
        }
    }

    private final Map<ToolType, Form> forms;

    private ToolForms(Map<ToolType, Form> forms) {
        this.forms = forms;
    }

    /** Reads the forms from the bundled contract; throws when a tool lacks its request schema. */
    static ToolForms fromContract() {
        JsonNode doc;
        try (InputStream in = OpenApiDocument.open()) {
            doc = new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenAPI document", e);
        }
        Map<ToolType, Form> forms = new LinkedHashMap<>();
        for (ToolType t : ToolType.values()) {
            JsonNode op = doc.path("paths").path("/v1/tools/" + t.path()).path("post");
            JsonNode schema = resolve(
                    doc,
                    op.path("requestBody")
                            .path("content")
                            .path("application/json")
                            .path("schema"));
            if (!schema.path("properties").isObject()) {
                throw new IllegalStateException("the contract has no request schema for " + t.path());
            }
            forms.put(t, new Form(t, t.path(), text(schema.path("description")), fields(doc, schema)));
        }
        return new ToolForms(forms);
    }

    Form form(ToolType t) {
        return forms.get(t);
    }

    private static List<Field> fields(JsonNode doc, JsonNode schema) {
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        List<Field> out = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields();
        while (it.hasNext()) {
            var e = it.next();
            out.add(field(doc, e.getKey(), e.getValue(), required.contains(e.getKey())));
        }
        return List.copyOf(out);
    }

    private static Field field(JsonNode doc, String name, JsonNode raw, boolean required) {
        // a property may be a $ref, a oneOf [X, null], or carry its own description beside a $ref
        String description = describe(doc, raw);
        JsonNode s = resolve(doc, raw);
        String type = type(s);
        Double min = s.has("minimum") ? s.get("minimum").asDouble() : null;
        Double max = s.has("maximum") ? s.get("maximum").asDouble() : null;
        Integer maxLength = s.has("maxLength") ? s.get("maxLength").asInt() : null;
        Integer maxItems = s.has("maxItems") ? s.get("maxItems").asInt() : null;
        List<String> options = new ArrayList<>();
        s.path("enum").forEach(v -> options.add(v.asText()));
        Kind kind;
        String fileType = fileType(name);
        List<Field> children = List.of();
        if (!options.isEmpty()) {
            kind = Kind.ENUM;
        } else if (type.equals("array")) {
            JsonNode items = resolve(doc, s.path("items"));
            if (type(items).equals("object")) {
                kind = Kind.PAIRS;
                children = fields(doc, items);
            } else {
                kind = fileType != null ? Kind.FILES : Kind.TEXT;
            }
        } else if (type.equals("object")) {
            kind = Kind.OBJECT;
            children = fields(doc, s);
        } else if (type.equals("boolean")) {
            kind = Kind.BOOLEAN;
        } else if (type.equals("integer")) {
            kind = Kind.INTEGER;
        } else if (type.equals("number")) {
            kind = Kind.NUMBER;
        } else if (fileType != null) {
            kind = Kind.FILE;
        } else if (name.equals("voiceId")) {
            kind = Kind.VOICE;
        } else if (name.equals("avatarPresenterId")) {
            kind = Kind.PRESENTER;
        } else {
            kind = maxLength != null && maxLength > 255 ? Kind.TEXTAREA : Kind.TEXT;
        }
        return new Field(
                name,
                kind,
                required,
                description,
                min,
                max,
                maxLength,
                maxItems,
                List.copyOf(options),
                fileType,
                children);
    }

    /** IMAGE, VIDEO or AUDIO for the contract's file-id fields, else null. */
    private static String fileType(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (!n.endsWith("fileid") && !n.endsWith("fileids")) {
            return null;
        }
        if (n.startsWith("image")) {
            return "IMAGE";
        }
        if (n.startsWith("video")) {
            return "VIDEO";
        }
        if (n.startsWith("audio")) {
            return "AUDIO";
        }
        return null;
    }

    /** The schema's JSON type without {@code null}: {@code [string, 'null']} → string. */
    private static String type(JsonNode s) {
        JsonNode t = s.path("type");
        if (t.isArray()) {
            for (JsonNode v : t) {
                if (!v.asText().equals("null")) {
                    return v.asText();
                }
            }
        }
        return t.isTextual() ? t.asText() : (s.has("properties") ? "object" : "string");
    }

    /** Follows {@code $ref}s and picks the non-null branch of a {@code oneOf}/{@code anyOf}. */
    private static JsonNode resolve(JsonNode doc, JsonNode s) {
        for (int depth = 0; depth < 10; depth++) {
            if (s.has("$ref")) {
                String ref = s.get("$ref").asText();
                if (!ref.startsWith("#/")) {
                    throw new IllegalStateException("external $ref in the contract: " + ref);
                }
                JsonNode target = doc;
                for (String part : ref.substring(2).split("/")) {
                    target = target.path(part);
                }
                s = target;
                continue;
            }
            JsonNode branches = s.has("oneOf") ? s.get("oneOf") : s.get("anyOf");
            if (branches != null && branches.isArray()) {
                JsonNode pick = null;
                for (JsonNode b : branches) {
                    if (!b.path("type").asText().equals("null")) {
                        pick = b;
                        break;
                    }
                }
                if (pick != null) {
                    s = pick;
                    continue;
                }
            }
            return s;
        }
        throw new IllegalStateException("$ref chain too deep in the contract");
    }

    /** The first description along the property's $ref chain. */
    private static String describe(JsonNode doc, JsonNode s) {
        for (int depth = 0; depth < 10; depth++) {
            String d = text(s.path("description"));
            if (d != null) {
                return d;
            }
            if (!s.has("$ref")) {
                return null;
            }
            JsonNode target = doc;
            for (String part : s.get("$ref").asText().substring(2).split("/")) {
                target = target.path(part);
            }
            s = target;
        }
        return null;
    }

    private static String text(JsonNode n) {
        return n.isTextual() && !n.asText().isBlank() ? n.asText().trim() : null;
    }
}
