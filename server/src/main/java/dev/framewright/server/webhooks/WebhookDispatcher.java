package dev.framewright.server.webhooks;

import dev.framewright.core.Ids;
import dev.framewright.core.outbound.OutboundGuard;
import dev.framewright.core.webhooks.Delivery;
import dev.framewright.core.webhooks.DeliveryQueue;
import dev.framewright.core.webhooks.SecretBox;
import dev.framewright.core.webhooks.WebhookEndpointStore;
import dev.framewright.core.worker.Wakeup;
import dev.framewright.server.ServerVersion;
import dev.framewright.server.config.WebhookSettings;
import dev.framewright.server.outbound.PinnedHttpPost;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends this node's share of the webhook outbox: one thread claims due messages under a lease (any
 * number of nodes may run one) and hands each to a virtual sender thread, at most {@value #SENDERS} at
 * once. It sleeps until woken — a message was written or settled on this node, or a replay was asked
 * for — or until the next scheduled retry, polling at least every {@link #POLL} for other nodes'
 * messages and leases of dead dispatchers. A sweep deletes finished deliveries past their retention.
 */
public final class WebhookDispatcher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    static final int SENDERS = 32;
    static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration MIN_SLEEP = Duration.ofMillis(5);

    private final DeliveryQueue queue;
    private final Deliverer deliverer;
    private final Clock clock;
    private final String nodeId;
    private final WebhookSettings settings;
    private final Duration lease;
    private final Wakeup wakeup = new Wakeup(1);
    private final Semaphore slots = new Semaphore(SENDERS);
    private final ExecutorService senders = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("webhook-send-", 0).factory());
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().name("webhook-sweeper").daemon().unstarted(r));
    private Thread loop;
    private volatile boolean running;

    public WebhookDispatcher(
            DeliveryQueue queue,
            WebhookEndpointStore endpoints,
            PayloadRenderer renderer,
            OutboundGuard guard,
            SecretBox box,
            WebhookSettings settings,
            Clock clock,
            String nodeId) {
        this.queue = queue;
        this.clock = clock;
        this.nodeId = nodeId;
        this.settings = settings;
        // a lease outlives the attempt (bounded by the timeout) with room for rendering and settling
        this.lease = settings.timeout().multipliedBy(2).plusSeconds(30);
        this.deliverer = new Deliverer(
                endpoints,
                queue,
                renderer,
                guard,
                new PinnedHttpPost(settings.timeout()),
                box,
                settings.schedule(),
                clock,
                "Framewright-Webhooks/" + ServerVersion.get());
    }

    public synchronized void start() {
        running = true;
        loop = Thread.ofPlatform().name("webhook-dispatcher").daemon().start(this::loop);
        sweeper.scheduleWithFixedDelay(this::sweep, 1, 60, TimeUnit.MINUTES);
    }

    /** Something may be due now (a message was written, settled or replayed). Fast; never throws. */
    public void wake() {
        wakeup.signal();
    }

    private void loop() {
        while (running) {
            try {
                slots.acquire(); // wait for a free sender, then claim as many as are free
                slots.release();
                int free = Math.min(slots.availablePermits(), SENDERS);
                List<Delivery> claimed = queue.claim(nodeId + ":" + Ids.base62(8), clock.instant(), lease, free);
                claimed.forEach(this::submit);
                if (claimed.size() < free) {
                    wakeup.await(sleep());
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("webhook claim failed: {}", e.toString());
                sleepQuietly();
            }
        }
    }

    private void submit(Delivery d) {
        slots.acquireUninterruptibly(); // never blocks: only this thread acquires, and it saw the permits
        senders.execute(() -> {
            try {
                deliverer.deliver(d);
            } catch (RuntimeException e) {
                log.error("webhook {} could not be attempted; retried when its lease expires", d.webhookId(), e);
            } finally {
                slots.release();
                wakeup.signal(); // a settled message may release the next one about the same subject
            }
        });
    }

    /** Until the next scheduled retry, at most {@link #POLL}. */
    private Duration sleep() {
        Instant now = clock.instant();
        Duration until =
                queue.nextDueAfter(now).map(t -> Duration.between(now, t)).orElse(POLL);
        return until.compareTo(POLL) > 0 ? POLL : until.compareTo(MIN_SLEEP) < 0 ? MIN_SLEEP : until;
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Deletes finished deliveries older than the retention. */
    public void sweep() {
        try {
            int n = queue.deleteFinishedBefore(clock.instant().minus(settings.logRetention()));
            if (n > 0) {
                log.info(
                        "{} webhook deliveries past {} days deleted",
                        n,
                        settings.logRetention().toDays());
            }
        } catch (RuntimeException e) {
            log.warn("webhook log sweep failed: {}", e.toString());
        }
    }

    /** Stops claiming and waits for attempts on the wire to finish and record their outcome. */
    @Override
    public synchronized void close() {
        running = false;
        wakeup.signal();
        sweeper.shutdownNow();
        if (loop != null) {
            try {
                loop.join(settings.timeout().plusSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        senders.shutdown();
        try {
            if (!senders.awaitTermination(settings.timeout().plusSeconds(5).toMillis(), TimeUnit.MILLISECONDS)) {
                senders.shutdownNow();
            }
        } catch (InterruptedException e) {
            senders.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
