package dev.framewright.sdk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The real time plus an offset the test sets, so that time still passes while the test waits. */
final class ShiftedClock extends Clock {
    private volatile Duration offset = Duration.ZERO;

    /** Shifts the clock so that now is {@code target}. */
    void setNow(Instant target) {
        offset = Duration.between(Instant.now(), target);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
