package dev.framewright.core.worker;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Wakes idle workers when work arrives, so they need not poll busily. Signals are not lost: a signal
 * sent while nobody waits lets the next wait return at once (permits are capped).
 */
public final class Wakeup {
    private final Semaphore permits = new Semaphore(0);
    private final int cap;

    public Wakeup(int cap) {
        this.cap = cap;
    }

    public void signal() {
        if (permits.availablePermits() < cap) {
            permits.release();
        }
    }

    /** Waits until signalled or {@code max} passes. */
    public void await(Duration max) throws InterruptedException {
        // a spurious extra wake-up only costs one empty claim
        boolean ignored = permits.tryAcquire(max.toMillis(), TimeUnit.MILLISECONDS);
    }
}
