package dev.framewright.server;

import dev.framewright.store.jdbc.Nodes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's row in the nodes table, written every {@link #INTERVAL}; {@code /readyz} lists every
 * node heard from within {@link #ALIVE} (docs/scale-out.md). Rows silent for a day are removed, and a
 * clean stop removes this node's own row at once.
 */
final class NodeHeartbeat implements AutoCloseable {
    static final Duration INTERVAL = Duration.ofSeconds(5);
    static final Duration ALIVE = Duration.ofSeconds(30);
    private static final Duration FORGET = Duration.ofDays(1);
    private static final Logger log = LoggerFactory.getLogger(NodeHeartbeat.class);

    private final Nodes nodes;
    private final String nodeId;
    private final String role;
    private final String version;
    private final int workers;
    private final Clock clock;
    private final Instant startedAt;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().name("node-heartbeat").daemon().unstarted(r));
    private volatile long lastWrittenNanos;
    private volatile boolean written;

    NodeHeartbeat(Nodes nodes, String nodeId, String role, String version, int workers, Clock clock) {
        this.nodes = nodes;
        this.nodeId = nodeId;
        this.role = role;
        this.version = version;
        this.workers = workers;
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    void start() {
        beat();
        timer.scheduleWithFixedDelay(this::beat, INTERVAL.toMillis(), INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    void beat() {
        try {
            Instant now = clock.instant();
            nodes.heartbeat(new Nodes.Node(nodeId, role, version, workers, startedAt, now));
            lastWrittenNanos = System.nanoTime();
            written = true;
            nodes.forgetSilentBefore(now.minus(FORGET));
        } catch (RuntimeException e) {
            log.warn("node heartbeat failed: {}", e.toString());
        }
    }

    /** Whether this node's heartbeat was written recently (a readiness check). */
    boolean healthy() {
        // elapsed real time, not the clock's: tests move the clock by hours
        return written
                && System.nanoTime() - lastWrittenNanos
                        < INTERVAL.multipliedBy(3).toNanos();
    }

    /** The {@code node} and {@code nodes} fields of {@code /readyz}. */
    Map<String, Object> describe() {
        Instant now = clock.instant();
        List<Map<String, Object>> alive = new ArrayList<>();
        for (Nodes.Node n : nodes.since(now.minus(ALIVE))) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("nodeId", n.id());
            m.put("role", n.role());
            m.put("workers", n.workers());
            m.put("version", n.version());
            m.put("startedAt", n.startedAt().toString());
            m.put("lastHeartbeatAt", n.heartbeatAt().toString());
            alive.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("node", nodeId);
        out.put("role", role);
        out.put("nodes", alive);
        return out;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            nodes.remove(nodeId);
        } catch (RuntimeException e) {
            log.debug("node row not removed: {}", e.toString());
        }
    }
}
