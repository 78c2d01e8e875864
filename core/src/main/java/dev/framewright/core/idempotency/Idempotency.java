package dev.framewright.core.idempotency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewright.contract.ErrorCode;
import dev.framewright.core.ApiException;
import dev.framewright.core.Hashing;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The Idempotency-Key rules of API.md §1.8: replay of a completed request, 422 for a reused key with
 * another body, 409 while the first request is in flight. Only 2xx responses are recorded.
 */
public final class Idempotency {
    /** Default retention of keys. */
    public static final Duration DEFAULT_RETENTION = Duration.ofHours(24);
    /** An in-flight key older than this belongs to a request that died; another may take it over. */
    static final Duration IN_FLIGHT_TIMEOUT = Duration.ofSeconds(60);

    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_:.-]{1,255}");
    private static final ObjectMapper CANONICAL =
            new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private final IdempotencyStore store;
    private final Clock clock;
    private final Duration retention;

    public Idempotency(IdempotencyStore store, Clock clock, Duration retention) {
        this.store = store;
        this.clock = clock;
        this.retention = retention;
    }

    /** What to do with a request that carries a key. */
    public sealed interface Decision {}

    /** Go ahead; record the response with {@code scope} on success, or {@link #release} on failure. */
    public record Proceed(IdempotencyScope scope) implements Decision {}

    /** Answer with the recorded response. */
    public record Replay(int status, String body) implements Decision {}

    /**
     * @param header the raw {@code Idempotency-Key} header value, or null
     * @return empty when the request carries no key
     */
    public Optional<Decision> begin(String teamId, String method, String path, String header, JsonNode body) {
        if (header == null) {
            return Optional.empty();
        }
        String key = parse(header);
        IdempotencyScope scope = new IdempotencyScope(teamId, method, path, key);
        String fingerprint = fingerprint(body);
        Instant now = clock.instant();
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<IdempotencyRecord> existing = store.find(scope);
            if (existing.isEmpty()) {
                if (store.begin(scope, fingerprint, now)) {
                    return Optional.of(new Proceed(scope));
                }
                continue; // another request inserted it: look again
            }
            IdempotencyRecord r = existing.get();
            boolean expired = r.createdAt().plus(retention).isBefore(now);
            boolean abandoned =
                    !r.done() && r.createdAt().plus(IN_FLIGHT_TIMEOUT).isBefore(now);
            if (expired || abandoned) {
                if (store.takeOver(scope, r, fingerprint, now)) {
                    return Optional.of(new Proceed(scope));
                }
                continue;
            }
            if (!r.fingerprint().equals(fingerprint)) {
                throw new ApiException(
                        ErrorCode.IDEMPOTENCY_KEY_REUSED,
                        "This Idempotency-Key was already used with a different request body");
            }
            if (!r.done()) {
                throw new ApiException(
                        ErrorCode.IDEMPOTENCY_KEY_IN_USE,
                        "A request with this Idempotency-Key is still in progress; retry shortly");
            }
            return Optional.of(new Replay(r.responseStatus(), r.responseBody()));
        }
        throw new ApiException(
                ErrorCode.IDEMPOTENCY_KEY_IN_USE,
                "A request with this Idempotency-Key is still in progress; retry shortly");
    }

    public void release(IdempotencyScope scope) {
        store.release(scope);
    }

    /** Deletes keys past their retention; returns how many. */
    public int purge() {
        return store.purgeCreatedBefore(clock.instant().minus(retention));
    }

    static String parse(String header) {
        String v = header.trim();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1);
        }
        if (!VALUE.matcher(v).matches()) {
            throw ApiException.invalid(
                    "Idempotency-Key must be 1-255 characters of letters, digits, '_', ':', '.' or '-'");
        }
        return v;
    }

    /** SHA-256 of the body with object keys sorted and null members dropped. */
    static String fingerprint(JsonNode body) {
        try {
            return Hashing.sha256Hex(CANONICAL.writeValueAsString(canonical(body)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object canonical(JsonNode n) {
        if (n.isObject()) {
            Map<String, Object> m = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().isNull()) {
                    m.put(e.getKey(), canonical(e.getValue()));
                }
            }
            return m;
        }
        if (n.isArray()) {
            java.util.List<Object> l = new java.util.ArrayList<>();
            n.forEach(x -> l.add(canonical(x)));
            return l;
        }
        return n;
    }

    /** An empty object body, for requests without one. */
    public static ObjectNode emptyBody() {
        return CANONICAL.createObjectNode();
    }
}
