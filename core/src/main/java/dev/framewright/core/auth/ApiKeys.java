package dev.framewright.core.auth;

import dev.framewright.contract.ErrorCode;
import dev.framewright.contract.IdPrefix;
import dev.framewright.core.ApiException;
import dev.framewright.core.Hashing;
import dev.framewright.core.Ids;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Issues, looks up and revokes API keys (API.md §1.2). Keys are shown once: only a SHA-256 hash of
 * the whole key string is stored, so generated keys and operator-supplied keys work alike.
 */
public final class ApiKeys {
    /** Operator-supplied keys: 20–200 printable ASCII characters without spaces. */
    private static final Pattern CUSTOM_KEY = Pattern.compile("[\\x21-\\x7e]{20,200}");

    private final ApiKeyStore keys;
    private final TeamStore teams;
    private final Clock clock;

    public ApiKeys(ApiKeyStore keys, TeamStore teams, Clock clock) {
        this.keys = keys;
        this.teams = teams;
        this.clock = clock;
    }

    /** A newly issued key and its full secret string, which is never stored. */
    public record Issued(ApiKey key, String secret) {}

    /** Issues a new random key {@code vg_key_<22 base62>_<43 base62>} for the team. */
    public Issued issue(String teamId, String name) {
        requireTeam(teamId);
        String keyId = Ids.newId(IdPrefix.API_KEY);
        String secret = keyId + "_" + Ids.base62(43);
        ApiKey key = new ApiKey(keyId, teamId, name, Hashing.sha256Hex(secret), clock.instant(), null);
        keys.insert(key);
        return new Issued(key, secret);
    }

    /**
     * Makes sure an operator-supplied key (e.g. the bootstrap key) exists for the team; idempotent.
     * Its id is derived from its hash so that it is stable across restarts.
     */
    public ApiKey ensureCustomKey(String teamId, String name, String secret) {
        if (!CUSTOM_KEY.matcher(secret).matches()) {
            throw new IllegalArgumentException(
                    "a supplied API key must be 20-200 printable ASCII characters without spaces");
        }
        requireTeam(teamId);
        String hash = Hashing.sha256Hex(secret);
        Optional<ApiKey> existing = keys.findByHash(hash);
        if (existing.isPresent()) {
            return existing.get();
        }
        String keyId = IdPrefix.API_KEY.prefix() + base62Of(hash);
        ApiKey key = new ApiKey(keyId, teamId, name, hash, clock.instant(), null);
        try {
            keys.insert(key);
        } catch (RuntimeException e) {
            // nodes starting together on one database: another node inserted the same key first
            return keys.findByHash(hash).orElseThrow(() -> e);
        }
        return key;
    }

    /**
     * Resolves the bearer token of a request.
     *
     * @throws ApiException {@code invalid_api_key} for unknown, malformed or revoked keys
     */
    public Principal authenticate(String token) {
        if (token.length() > 200 || !CUSTOM_KEY.matcher(token).matches()) {
            throw new ApiException(ErrorCode.INVALID_API_KEY, "The API key is not valid");
        }
        ApiKey key = keys.findByHash(Hashing.sha256Hex(token))
                .filter(ApiKey::active)
                .orElseThrow(() -> new ApiException(ErrorCode.INVALID_API_KEY, "The API key is not valid"));
        return new Principal(key.teamId(), key.id(), key.name());
    }

    private void requireTeam(String teamId) {
        if (teams.find(teamId).isEmpty()) {
            throw new IllegalArgumentException("unknown team " + teamId);
        }
    }

    /** 22 base62 characters derived from a hex hash (stable id for supplied keys). */
    private static String base62Of(String hex) {
        String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        java.math.BigInteger n = new java.math.BigInteger(hex, 16);
        java.math.BigInteger base = java.math.BigInteger.valueOf(62);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 22; i++) {
            java.math.BigInteger[] qr = n.divideAndRemainder(base);
            sb.append(alphabet.charAt(qr[1].intValue()));
            n = qr[0];
        }
        return sb.toString();
    }
}
