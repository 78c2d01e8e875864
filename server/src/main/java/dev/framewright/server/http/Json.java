package dev.framewright.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewright.contract.ErrorCode;
import dev.framewright.core.ApiException;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/** JSON in and out of HTTP exchanges (API.md §1.1, §1.3). */
public final class Json {
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Request attribute set once a JSON response was written (so the 404 fallback leaves it alone). */
    static final String WRITTEN = "framewright.jsonWritten";

    private Json() {}

    /** Writes {@code body} as JSON with {@code status}. */
    public static void write(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json").result(MAPPER.writeValueAsBytes(body));
            ctx.attribute(WRITTEN, Boolean.TRUE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response not serialisable", e);
        }
    }

    /**
     * Reads the request body as a JSON object, applying the contract's order of checks: size (413),
     * media type (415), syntax and top-level type (400). An empty body is an empty object.
     */
    public static ObjectNode body(Context ctx, long maxBytes) {
        byte[] bytes = readBounded(ctx, maxBytes);
        if (bytes.length == 0) {
            return MAPPER.createObjectNode();
        }
        String type = ctx.header("Content-Type");
        if (type != null && !isJson(type)) {
            throw new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Request bodies must be application/json");
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw ApiException.invalid("The request body is not valid JSON");
        }
        if (node == null || !node.isObject()) {
            throw ApiException.invalid("The request body must be a JSON object");
        }
        return (ObjectNode) node;
    }

    static boolean isJson(String contentType) {
        String t = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return t.equals("application/json") || (t.startsWith("application/") && t.endsWith("+json"));
    }

    private static byte[] readBounded(Context ctx, long maxBytes) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge(maxBytes);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            long total = 0;
            for (int n; (n = in.read(buf)) > 0; ) {
                total += n;
                if (total > maxBytes) {
                    throw tooLarge(maxBytes);
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw ApiException.invalid("The request body could not be read");
        }
    }

    private static ApiException tooLarge(long maxBytes) {
        return new ApiException(
                ErrorCode.PAYLOAD_TOO_LARGE, "The JSON body exceeds the maximum of " + maxBytes + " bytes");
    }
}
