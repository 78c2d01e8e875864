package dev.framewright.sdk.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/**
 * The SDK's one Jackson mapper. Unknown fields are ignored and unknown enum values read as {@code
 * null}, because clients treat the server's enums as open (API.md §1.3). Not part of the public API.
 */
public final class Json {
    /** Shared and thread-safe once configured. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
            .build();

    private Json() {}

    /** Serializes a request body; records emit every field, {@code null} when unset, as the SDKs do. */
    public static byte[] write(Object body) {
        try {
            return MAPPER.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "cannot serialize " + body.getClass().getSimpleName(), e);
        }
    }

    /** Reads {@code bytes} as {@code type}; an {@link IOException} means the body is not that JSON. */
    public static <T> T read(byte[] bytes, Class<T> type) throws IOException {
        return MAPPER.readValue(bytes, type);
    }

    /** Reads {@code bytes} as a tree. */
    public static JsonNode tree(byte[] bytes) throws IOException {
        return MAPPER.readTree(bytes);
    }

    /** Converts a tree into a record. */
    public static <T> T convert(JsonNode node, Class<T> type) throws IOException {
        return MAPPER.treeToValue(node, type);
    }
}
