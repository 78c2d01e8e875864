package dev.framewright.core.ratelimits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.framewright.core.auth.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The policy of API.md §1.7: precedence of limits, fixed clock-hour windows, headers' numbers. */
class RateLimiterTest {
    static final String DEFAULT_TEAM = "vg_team_default000000000000000";
    static final Principal ALICE = new Principal(DEFAULT_TEAM, "vg_key_alice", "alice");
    static final Principal BOB = new Principal(DEFAULT_TEAM, "vg_key_bob", "bob");
    static final Principal CAROL = new Principal("vg_team_other", "vg_key_carol", "carol");

    final InMemoryRateLimitStore store = new InMemoryRateLimitStore();
    final TestClock clock = new TestClock(Instant.parse("2030-05-01T10:58:20.250Z"));
    final RateLimiter limiter =
            new RateLimiter(store, RateLimits.parse("tools-start=3,account=7"), DEFAULT_TEAM, clock);

    @Test
    void countsDownToZeroThenRefusesWithTheSecondsToTheHour() {
        for (int remaining = 2; remaining >= 0; remaining--) {
            RateDecision d = limiter.acquire(ALICE, RateGroup.TOOLS_START);
            assertThat(d.allowed()).isTrue();
            assertThat(d.limit()).isEqualTo(3);
            assertThat(d.remaining()).isEqualTo(remaining);
        }

        RateDecision refused = limiter.acquire(ALICE, RateGroup.TOOLS_START);

        assertThat(refused)
                .isEqualTo(new RateDecision(
                        RateGroup.TOOLS_START,
                        3,
                        0,
                        Instant.parse("2030-05-01T11:00:00Z").getEpochSecond(),
                        100, // 99.75 s rounded up
                        false));
    }

    @Test
    void theNextClockHourStartsAFreshWindow() {
        for (int i = 0; i < 4; i++) {
            limiter.acquire(ALICE, RateGroup.TOOLS_START);
        }
        clock.now = Instant.parse("2030-05-01T11:00:00Z");

        RateDecision d = limiter.acquire(ALICE, RateGroup.TOOLS_START);

        assertThat(d.allowed()).isTrue();
        assertThat(d.remaining()).isEqualTo(2);
        assertThat(d.secondsToReset()).isEqualTo(3600);
        assertThat(d.resetEpochSecond())
                .isEqualTo(Instant.parse("2030-05-01T12:00:00Z").getEpochSecond());
    }

    @Test
    void aWindowEndingInLessThanASecondStillSaysOneSecond() {
        clock.now = Instant.parse("2030-05-01T10:59:59.999Z");

        assertThat(limiter.acquire(ALICE, RateGroup.ACCOUNT).secondsToReset()).isEqualTo(1);
    }

    @Test
    void eachKeyAndGroupCountsSeparately() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire(ALICE, RateGroup.TOOLS_START);
        }

        assertThat(limiter.acquire(BOB, RateGroup.TOOLS_START).remaining()).isEqualTo(2);
        assertThat(limiter.acquire(ALICE, RateGroup.EXECUTIONS_CANCEL).remaining())
                .isEqualTo(249);
    }

    @Test
    void keyOverrideThenTeamOverrideThenConfigurationForTheDefaultTeamThenTheContract() {
        assertThat(limiter.limit(ALICE, RateGroup.ACCOUNT)).isEqualTo(7);
        assertThat(limiter.limit(ALICE, RateGroup.FILES_READ)).isEqualTo(50_000);
        assertThat(limiter.limit(CAROL, RateGroup.ACCOUNT))
                .as("the configuration applies to the default team only")
                .isEqualTo(2_500);

        store.replaceOverrides(DEFAULT_TEAM, RateLimits.parse("account=20"));
        assertThat(limiter.limit(ALICE, RateGroup.ACCOUNT)).isEqualTo(20);

        store.replaceOverrides(ALICE.keyId(), RateLimits.parse("account=30"));
        assertThat(limiter.limit(ALICE, RateGroup.ACCOUNT)).isEqualTo(30);
        assertThat(limiter.limit(BOB, RateGroup.ACCOUNT)).isEqualTo(20);
    }

    @Test
    void aLimitRaisedMidWindowAdmitsOnlyTheDifference() {
        for (int i = 0; i < 5; i++) {
            limiter.acquire(ALICE, RateGroup.TOOLS_START); // 3 counted, 2 refused and not counted
        }
        store.replaceOverrides(ALICE.keyId(), RateLimits.parse("tools-start=4"));

        assertThat(limiter.acquire(ALICE, RateGroup.TOOLS_START).allowed()).isTrue();
        assertThat(limiter.acquire(ALICE, RateGroup.TOOLS_START).allowed()).isFalse();
    }

    @Test
    void oldWindowsArePurgedOncePerWindowKeepingThePreviousOne() {
        limiter.acquire(ALICE, RateGroup.ACCOUNT);
        limiter.acquire(BOB, RateGroup.ACCOUNT);
        assertThat(store.purges).isEqualTo(1);
        assertThat(store.lastPurgeBefore).isEqualTo(Instant.parse("2030-05-01T09:00:00Z"));

        clock.now = clock.now.plus(Duration.ofHours(2));
        limiter.acquire(ALICE, RateGroup.ACCOUNT);

        assertThat(store.purges).isEqualTo(2);
        assertThat(store.lastPurgeBefore).isEqualTo(Instant.parse("2030-05-01T11:00:00Z"));
        assertThat(store.counts).hasSize(1);
    }

    static final class TestClock extends Clock {
        volatile Instant now;

        TestClock(Instant now) {
            this.now = now;
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
            return now;
        }
    }
}
