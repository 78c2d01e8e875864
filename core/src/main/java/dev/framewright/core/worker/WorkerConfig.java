package dev.framewright.core.worker;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Settings of the execution worker.
 *
 * @param workerId unique per process (lease owner), e.g. host + pid
 * @param concurrency executions run at once by this process
 * @param lease how long a claim holds without a heartbeat
 * @param heartbeat how often running executions heartbeat (and notice cancels from other nodes)
 * @param poll fallback polling interval when no wake-up signal arrives
 * @param maxAttempts runs of one execution before it fails after lost leases
 * @param toolTimeout per-run limit; past it the execution fails with {@code timed_out}
 * @param scratchRoot parent of the per-run scratch folders
 */
public record WorkerConfig(
        String workerId,
        int concurrency,
        Duration lease,
        Duration heartbeat,
        Duration poll,
        int maxAttempts,
        Duration toolTimeout,
        Path scratchRoot) {
    public static final Duration DEFAULT_LEASE = Duration.ofSeconds(30);
    public static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(1);
    public static final Duration DEFAULT_POLL = Duration.ofSeconds(2);
    public static final int DEFAULT_MAX_ATTEMPTS = 3;
    public static final Duration DEFAULT_TOOL_TIMEOUT = Duration.ofMinutes(60);

    /** The heartbeat interval for a lease: 1 s, or a third of a shorter lease. */
    public static Duration heartbeatFor(Duration lease) {
        Duration third = lease.dividedBy(3);
        return third.compareTo(DEFAULT_HEARTBEAT) < 0 ? third : DEFAULT_HEARTBEAT;
    }

    public WorkerConfig {
        if (concurrency < 1) {
            throw new IllegalArgumentException("worker concurrency must be at least 1");
        }
        if (heartbeat.compareTo(lease) >= 0) {
            throw new IllegalArgumentException("heartbeat must be shorter than the lease");
        }
    }
}
