package dev.framewright.core.webhooks;

import dev.framewright.contract.DeliveryStatus;
import dev.framewright.core.Cursor;
import java.util.List;
import java.util.Optional;

/** The delivery log of an endpoint (API.md §5.4). Callers have checked the endpoint's team. */
public interface DeliveryLog {
    /**
     * The endpoint's deliveries with their attempts, newest first, ties by id descending, optionally
     * only those with {@code status} (null: all), after {@code after}, at most {@code max}.
     */
    List<LoggedDelivery> list(String endpointId, DeliveryStatus status, Cursor after, int max);

    Optional<LoggedDelivery> find(String endpointId, String deliveryId);

    /**
     * Asks for one immediate extra attempt with the same {@code webhook-id} and body: the delivery is
     * {@code pending} until that attempt ends, and its schedule is left as it is.
     *
     * @return the delivery after the change; empty when unknown for that endpoint
     */
    Optional<LoggedDelivery> requestReplay(String endpointId, String deliveryId);
}
