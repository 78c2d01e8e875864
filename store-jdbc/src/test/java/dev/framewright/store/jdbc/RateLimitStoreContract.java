package dev.framewright.store.jdbc;

import static dev.framewright.store.jdbc.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.framewright.core.ratelimits.RateGroup;
import dev.framewright.core.ratelimits.RateLimitStore;
import dev.framewright.core.ratelimits.RateLimits;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The {@link RateLimitStore} contract: exact counting at the limit, windows, overrides. */
interface RateLimitStoreContract extends StoreUnderTest {
    String KEY = "vg_key_0000000000000000000101";
    String OTHER_KEY = "vg_key_0000000000000000000102";
    String TEAM = "vg_team_0000000000000000000101";
    Instant HOUR = T0.plus(Duration.ofHours(5));

    default RateLimitStore rateLimits() {
        return storage().rateLimits();
    }

    @Test
    default void countsUpToTheLimitThenRefusesWithoutCounting() {
        for (int i = 1; i <= 3; i++) {
            assertThat(rateLimits().tryAcquire(KEY, RateGroup.TOOLS_START, HOUR, 3))
                    .hasValue(i);
        }
        assertThat(rateLimits().tryAcquire(KEY, RateGroup.TOOLS_START, HOUR, 3)).isEmpty();
        assertThat(rateLimits().tryAcquire(KEY, RateGroup.TOOLS_START, HOUR, 3)).isEmpty();

        // a refusal counted nothing: raising the limit by one admits exactly one more
        assertThat(rateLimits().tryAcquire(KEY, RateGroup.TOOLS_START, HOUR, 4)).hasValue(4);
        assertThat(rateLimits().tryAcquire(KEY, RateGroup.TOOLS_START, HOUR, 4)).isEmpty();
    }

    @Test
    default void aLimitOfOneAdmitsOnlyTheFirst() {
        assertThat(rateLimits().tryAcquire(KEY, RateGroup.WEBHOOKS_CREATE, HOUR, 1))
                .hasValue(1);
        assertThat(rateLimits().tryAcquire(KEY, RateGroup.WEBHOOKS_CREATE, HOUR, 1))
                .isEmpty();
    }

    @Test
    default void keysGroupsAndWindowsCountSeparately() {
        rateLimits().tryAcquire(KEY, RateGroup.FILES_READ, HOUR, 1);

        assertThat(rateLimits().tryAcquire(KEY, RateGroup.FILES_READ, HOUR, 1)).isEmpty();
        assertThat(rateLimits().tryAcquire(OTHER_KEY, RateGroup.FILES_READ, HOUR, 1))
                .hasValue(1);
        assertThat(rateLimits().tryAcquire(KEY, RateGroup.FILES_HYDRATE, HOUR, 1))
                .hasValue(1);
        assertThat(rateLimits().tryAcquire(KEY, RateGroup.FILES_READ, HOUR.plus(Duration.ofHours(1)), 1))
                .hasValue(1);
    }

    @Test
    default void aLoweredLimitRefusesAWindowAlreadyPastIt() {
        for (int i = 0; i < 5; i++) {
            rateLimits().tryAcquire(KEY, RateGroup.RESOURCES, HOUR, 10);
        }

        assertThat(rateLimits().tryAcquire(KEY, RateGroup.RESOURCES, HOUR, 2)).isEmpty();
    }

    @Test
    default void aLimitBelowOneIsAProgrammingError() {
        assertThatThrownBy(() -> rateLimits().tryAcquire(KEY, RateGroup.RESOURCES, HOUR, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    default void deletingOldWindowsKeepsTheCurrentOnes() {
        Instant previous = HOUR.minus(Duration.ofHours(1));
        rateLimits().tryAcquire(KEY, RateGroup.ACCOUNT, previous.minus(Duration.ofHours(1)), 1);
        rateLimits().tryAcquire(OTHER_KEY, RateGroup.ACCOUNT, previous, 1);
        rateLimits().tryAcquire(KEY, RateGroup.ACCOUNT, HOUR, 1);

        assertThat(rateLimits().deleteWindowsBefore(previous)).isEqualTo(1);

        assertThat(rateLimits().tryAcquire(OTHER_KEY, RateGroup.ACCOUNT, previous, 1))
                .isEmpty();
        assertThat(rateLimits().tryAcquire(KEY, RateGroup.ACCOUNT, HOUR, 1)).isEmpty();
        assertThat(rateLimits().tryAcquire(KEY, RateGroup.ACCOUNT, previous.minus(Duration.ofHours(1)), 1))
                .as("the deleted window starts again")
                .hasValue(1);
        assertThat(rateLimits().deleteWindowsBefore(previous)).isEqualTo(1);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    default void concurrentRequestsNeverPassTheLimit() throws Exception {
        int threads = 8;
        int perThread = 50;
        int limit = 137;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<int[]>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    go.await();
                    int admitted = 0;
                    int maxSeen = 0;
                    for (int i = 0; i < perThread; i++) {
                        OptionalInt n = rateLimits().tryAcquire(KEY, RateGroup.FILES_UPLOAD, HOUR, limit);
                        if (n.isPresent()) {
                            admitted++;
                            maxSeen = Math.max(maxSeen, n.getAsInt());
                        }
                    }
                    return new int[] {admitted, maxSeen};
                }));
            }
            go.countDown();
            int admitted = 0;
            int maxSeen = 0;
            for (Future<int[]> f : results) {
                admitted += f.get()[0];
                maxSeen = Math.max(maxSeen, f.get()[1]);
            }
            assertThat(admitted).isEqualTo(limit);
            assertThat(maxSeen).isEqualTo(limit);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    default void theKeysOverrideWinsOverItsTeams() {
        rateLimits().replaceOverrides(TEAM, RateLimits.parse("tools-start=100,files-read=1000"));
        rateLimits().replaceOverrides(KEY, RateLimits.parse("tools-start=7"));

        assertThat(rateLimits().override(KEY, TEAM, RateGroup.TOOLS_START)).hasValue(7);
        assertThat(rateLimits().override(KEY, TEAM, RateGroup.FILES_READ)).hasValue(1000);
        assertThat(rateLimits().override(KEY, TEAM, RateGroup.ACCOUNT)).isEmpty();
        assertThat(rateLimits().override(OTHER_KEY, TEAM, RateGroup.TOOLS_START))
                .hasValue(100);
        assertThat(rateLimits().override(OTHER_KEY, "vg_team_0000000000000000000999", RateGroup.TOOLS_START))
                .isEmpty();
    }

    @Test
    default void overridesAreReplacedAsAWhole() {
        rateLimits().replaceOverrides(TEAM, RateLimits.parse("tools-start=100,files-read=1000"));
        assertThat(rateLimits().overrides(TEAM)).isEqualTo(RateLimits.parse("files-read=1000,tools-start=100"));

        rateLimits().replaceOverrides(TEAM, RateLimits.parse("account=5"));

        assertThat(rateLimits().overrides(TEAM)).isEqualTo(RateLimits.parse("account=5"));
        rateLimits().replaceOverrides(TEAM, RateLimits.NONE);
        assertThat(rateLimits().overrides(TEAM)).isEqualTo(RateLimits.NONE);
        assertThat(rateLimits().overrides("vg_team_0000000000000000000999")).isEqualTo(RateLimits.NONE);
    }
}
