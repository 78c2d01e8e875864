package dev.framewright.core.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox seen as a queue by the dispatchers of every node. Claims take a lease; every write of a
 * claimed message is fenced by the lease owner, so a dispatcher that lost its lease (or whose endpoint
 * was deleted or disabled meanwhile) changes nothing. Implementations are thread-safe and safe across
 * processes sharing one database.
 */
public interface DeliveryQueue {
    /**
     * Claims up to {@code max} pending messages that are due at {@code now} (or have a replay
     * requested) and whose lease is free or expired, oldest due first. A message waits while an earlier
     * message of the same endpoint about the same execution or file is still pending, so each
     * endpoint sees one subject's events in order.
     *
     * @param owner a token unique to this claim; the returned deliveries carry it as {@code leaseOwner}
     */
    List<Delivery> claim(String owner, Instant now, Duration lease, int max);

    /**
     * Stores {@code body} as the message's body unless one is stored already, and returns the stored
     * body: the first rendering wins, so every attempt and replay sends the same bytes.
     *
     * @return empty when the message no longer exists (its endpoint was deleted)
     */
    Optional<String> bodyOnce(String deliveryId, String body);

    /**
     * Records an attempt and the message's next state in one transaction; a replay asked for while
     * the attempt was in flight is kept.
     *
     * @return false when {@code owner} no longer holds the lease (nothing is written)
     */
    boolean settle(String deliveryId, String owner, AttemptRecord attempt, Settlement next);

    /**
     * The earliest scheduled attempt after {@code now} of any pending message, for the dispatcher's
     * sleep. Messages already due but held (leased, or behind an earlier one) are not counted: their
     * release wakes the dispatcher, or its polling finds them.
     */
    Optional<Instant> nextDueAfter(Instant now);

    /**
     * Deletes succeeded and failed messages created before {@code cutoff}, with their attempts
     * (delivery log retention); returns how many messages it deleted.
     */
    int deleteFinishedBefore(Instant cutoff);
}
