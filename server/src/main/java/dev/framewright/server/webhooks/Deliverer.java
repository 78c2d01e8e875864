package dev.framewright.server.webhooks;

import dev.framewright.contract.DeliveryAttemptError;
import dev.framewright.core.outbound.DestinationNotAllowedException;
import dev.framewright.core.outbound.OutboundGuard;
import dev.framewright.core.webhooks.AttemptRecord;
import dev.framewright.core.webhooks.Delivery;
import dev.framewright.core.webhooks.DeliveryQueue;
import dev.framewright.core.webhooks.DeliveryRules;
import dev.framewright.core.webhooks.RetryAfter;
import dev.framewright.core.webhooks.RetrySchedule;
import dev.framewright.core.webhooks.SecretBox;
import dev.framewright.core.webhooks.Settlement;
import dev.framewright.core.webhooks.SigningSecrets;
import dev.framewright.core.webhooks.WebhookEndpointRecord;
import dev.framewright.core.webhooks.WebhookEndpointStore;
import dev.framewright.server.outbound.PinnedHttpPost;
import dev.framewright.server.outbound.PostResult;
import java.io.IOException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One attempt of one claimed message (API.md §9.3–§9.5): freeze the body, check the destination,
 * sign, POST to the checked address, classify the answer and settle the message; a 410 then disables
 * the endpoint. Runs on a dispatcher's sender thread.
 */
final class Deliverer {
    private static final Logger log = LoggerFactory.getLogger(Deliverer.class);
    static final String GONE_REASON = "receiver answered 410 Gone";
    static final String SEALED_SECRET_REASON =
            "its signing secret cannot be opened with this server's webhook-secret-key"
                    + " (FRAMEWRIGHT_WEBHOOK_SECRET_KEY changed or differs between nodes); delete the endpoint and create it"
                    + " again";

    /** What an attempt got: a status, or an error, or both (a 3xx). */
    private record Outcome(Integer status, DeliveryAttemptError error, Duration retryAfter) {
        static Outcome failed(DeliveryAttemptError error) {
            return new Outcome(null, error, null);
        }
    }

    private final WebhookEndpointStore endpoints;
    private final DeliveryQueue queue;
    private final PayloadRenderer renderer;
    private final OutboundGuard guard;
    private final PinnedHttpPost http;
    private final SecretBox box;
    private final RetrySchedule schedule;
    private final Clock clock;
    private final String userAgent;

    Deliverer(
            WebhookEndpointStore endpoints,
            DeliveryQueue queue,
            PayloadRenderer renderer,
            OutboundGuard guard,
            PinnedHttpPost http,
            SecretBox box,
            RetrySchedule schedule,
            Clock clock,
            String userAgent) {
        this.endpoints = endpoints;
        this.queue = queue;
        this.renderer = renderer;
        this.guard = guard;
        this.http = http;
        this.box = box;
        this.schedule = schedule;
        this.clock = clock;
        this.userAgent = userAgent;
    }

    void deliver(Delivery d) {
        WebhookEndpointRecord ep = endpoints.findById(d.endpointId()).orElse(null);
        if (ep == null || !ep.active()) {
            return; // deleted (its messages with it) or disabled (its messages failed): nothing to send
        }
        String body = renderer.body(d);
        Instant at = clock.instant();
        List<byte[]> signingKeys;
        try {
            signingKeys = keys(ep, at);
        } catch (IllegalStateException e) {
            // nothing can be signed until an operator acts: retrying would only repeat this, so the
            // endpoint is disabled (its pending messages fail) with the reason shown in the API
            if (endpoints.disable(ep.id(), SEALED_SECRET_REASON)) {
                log.error("webhook endpoint {} disabled: {}", ep.id(), SEALED_SECRET_REASON);
            }
            return;
        }
        long started = System.nanoTime();
        Outcome o = send(ep, d, body, at, signingKeys);
        AttemptRecord a = new AttemptRecord(at, o.status(), (System.nanoTime() - started) / 1_000_000, o.error());
        double jitter = ThreadLocalRandom.current().nextDouble(-1, 1);
        Settlement next = DeliveryRules.after(d, a, o.retryAfter(), schedule, clock.instant(), jitter);
        boolean recorded = queue.settle(d.id(), d.leaseOwner(), a, next);
        log.debug("webhook {} to {}: {} {} → {}", d.webhookId(), ep.id(), o.status(), o.error(), next.status());
        if (recorded && DeliveryRules.gone(a)) {
            endpoints.disable(ep.id(), GONE_REASON);
            log.info("webhook endpoint {} disabled: {}", ep.id(), GONE_REASON);
        }
    }

    private Outcome send(WebhookEndpointRecord ep, Delivery d, String body, Instant at, List<byte[]> signingKeys) {
        URI url = URI.create(ep.url());
        List<InetAddress> addresses;
        try {
            addresses = guard.check(url);
        } catch (DestinationNotAllowedException e) {
            log.info("webhook {} to {} refused: {}", d.webhookId(), ep.id(), e.getMessage());
            return Outcome.failed(DeliveryAttemptError.DESTINATION_NOT_ALLOWED);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("User-Agent", userAgent);
        headers.put("webhook-id", d.webhookId());
        headers.put("webhook-timestamp", Long.toString(at.getEpochSecond()));
        headers.put("webhook-signature", WebhookSigner.sign(signingKeys, d.webhookId(), at.getEpochSecond(), body));
        try {
            PostResult r = http.post(url, addresses, headers, body.getBytes(StandardCharsets.UTF_8));
            if (r.status() / 100 == 3) {
                return new Outcome(r.status(), DeliveryAttemptError.REDIRECT_NOT_FOLLOWED, null);
            }
            boolean honoured = r.status() == 429 || r.status() == 503;
            return new Outcome(r.status(), null, honoured ? RetryAfter.parse(r.retryAfter(), at) : null);
        } catch (SocketTimeoutException e) {
            return Outcome.failed(DeliveryAttemptError.TIMEOUT);
        } catch (IOException e) {
            return Outcome.failed(DeliveryAttemptError.CONNECTION_REFUSED);
        }
    }

    /** The current secret's key, then the previous one while its rotation window lasts. */
    private List<byte[]> keys(WebhookEndpointRecord ep, Instant at) {
        List<byte[]> keys = new ArrayList<>();
        keys.add(SigningSecrets.key(box.open(ep.sealedSecret(), ep.id())));
        if (ep.previousSecretValidAt(at)) {
            keys.add(SigningSecrets.key(box.open(ep.sealedPreviousSecret(), ep.id())));
        }
        return keys;
    }
}
