package dev.framewright.core.webhooks;

import dev.framewright.core.Cursor;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Persistence of webhook endpoints. Implementations are thread-safe and safe across processes that
 * share one database; every team-facing read is scoped to the team.
 */
public interface WebhookEndpointStore {
    void insert(WebhookEndpointRecord endpoint);

    /** The team's endpoint; empty when unknown or another team's. */
    Optional<WebhookEndpointRecord> find(String teamId, String endpointId);

    /** Any team's endpoint, for the dispatcher only. */
    Optional<WebhookEndpointRecord> findById(String endpointId);

    /**
     * The team's endpoints, newest first, ties by id descending (API.md §1.9), after {@code after}
     * (null: from the start), at most {@code max}.
     */
    List<WebhookEndpointRecord> list(String teamId, Cursor after, int max);

    /**
     * Deletes the team's endpoint together with its messages and their attempts, so nothing more is
     * sent (API.md §5.3); an attempt already on the wire finishes but records nothing.
     *
     * @return false when the endpoint is unknown for that team (or already deleted)
     */
    boolean delete(String teamId, String endpointId);

    /**
     * Rotates the signing secret in one statement: the current secret becomes the previous one,
     * signing until {@code previousUntil}, and any older previous secret is dropped (API.md §5.4).
     *
     * @return the endpoint after the change; empty when unknown for that team
     */
    Optional<WebhookEndpointRecord> rotateSecret(
            String teamId, String endpointId, String sealedSecret, String secretLast4, Instant previousUntil);

    /**
     * Disables an active endpoint (API.md §9.4, 410 Gone) and, in the same transaction, fails its
     * pending messages and releases their leases, so an attempt in flight records nothing.
     *
     * @return false when the endpoint was not active
     */
    boolean disable(String endpointId, String reason);
}
