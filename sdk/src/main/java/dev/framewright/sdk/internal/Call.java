package dev.framewright.sdk.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One API request: method, path under the base URL, query, JSON body and retry safety. Not part of
 * the public API.
 *
 * @param body the JSON body, or {@code null} for a request without body and {@code Content-Type}
 * @param idempotencyKey sent as {@code Idempotency-Key} on every attempt, or {@code null}
 * @param retryOnTransportFailure whether a request that may have reached the server is sent again
 *     after a connection error or timeout: true for reads, deletes, idempotent operations and
 *     requests with an Idempotency-Key
 */
public record Call(
        String method,
        String path,
        Map<String, String> query,
        Object body,
        String idempotencyKey,
        boolean retryOnTransportFailure) {

    public Call {
        query = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(query));
    }

    /** A GET; retried after transport failures. */
    public static Call get(String path) {
        return new Call("GET", path, Map.of(), null, null, true);
    }

    /** A DELETE; retried after transport failures (deleting twice answers 404 at worst). */
    public static Call delete(String path) {
        return new Call("DELETE", path, Map.of(), null, null, true);
    }

    /** A POST with a JSON body that creates something; not retried after transport failures. */
    public static Call post(String path, Object body) {
        return new Call("POST", path, Map.of(), body, null, false);
    }

    /**
     * A POST without body or {@code Content-Type} (cancel, hydrate, archive, …).
     *
     * @param idempotent whether doing it twice is harmless, so it may be retried after transport failures
     */
    public static Call postEmpty(String path, boolean idempotent) {
        return new Call("POST", path, Map.of(), null, null, idempotent);
    }

    /** This call with {@code Idempotency-Key: key}, which makes it safe to retry. */
    public Call withIdempotencyKey(String key) {
        return new Call(method, path, query, body, key, true);
    }

    /** This call with one more query parameter; a {@code null} value adds nothing. */
    public Call query(String name, Object value) {
        if (value == null) {
            return this;
        }
        Map<String, String> q = new LinkedHashMap<>(query);
        q.put(name, String.valueOf(value));
        return new Call(method, path, q, body, idempotencyKey, retryOnTransportFailure);
    }

    /** The path and query, percent-encoded. */
    public String target() {
        if (query.isEmpty()) {
            return path;
        }
        StringBuilder b = new StringBuilder(path).append('?');
        query.forEach((k, v) -> {
            if (b.charAt(b.length() - 1) != '?') {
                b.append('&');
            }
            b.append(encode(k)).append('=').append(encode(v));
        });
        return b.toString();
    }

    /** Percent-encodes one path segment or query value. */
    public static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return method + " " + target();
    }
}
