package dev.framewright.core.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.framewright.contract.DeliveryAttemptError;
import dev.framewright.contract.DeliveryStatus;
import dev.framewright.contract.WebhookEventName;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeliveryRulesTest {
    static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");
    static final RetrySchedule SCHEDULE = RetrySchedule.parse("10,20");

    static Delivery claimed(int attempts, Instant next, boolean replay) {
        return new Delivery(
                "vg_dlv_0000000000000000000001",
                "msg_0000000000000000000001",
                "vg_wh_0000000000000000000001",
                "vg_team_0000000000000000000001",
                WebhookEventName.TOOL_EXECUTION_SUCCEEDED,
                "vg_exec_0000000000000000000001",
                T0,
                null,
                null,
                "{}",
                DeliveryStatus.PENDING,
                attempts,
                next,
                replay,
                "d1",
                T0);
    }

    static AttemptRecord answered(int status) {
        return new AttemptRecord(T0, status, 5, null);
    }

    static final AttemptRecord TIMEOUT = new AttemptRecord(T0, null, 15000, DeliveryAttemptError.TIMEOUT);

    @Test
    void any2xxSucceedsAndOtherAnswersDoNot() {
        assertThat(DeliveryRules.succeeded(answered(200))).isTrue();
        assertThat(DeliveryRules.succeeded(answered(204))).isTrue();
        assertThat(DeliveryRules.succeeded(answered(299))).isTrue();
        assertThat(DeliveryRules.succeeded(answered(301))).isFalse();
        assertThat(DeliveryRules.succeeded(new AttemptRecord(T0, 302, 5, DeliveryAttemptError.REDIRECT_NOT_FOLLOWED)))
                .isFalse();
        assertThat(DeliveryRules.succeeded(answered(500))).isFalse();
        assertThat(DeliveryRules.succeeded(TIMEOUT)).isFalse();
        assertThat(DeliveryRules.gone(answered(410))).isTrue();
    }

    @Test
    void failuresFollowTheScheduleThenFail() {
        Settlement first = DeliveryRules.after(claimed(0, T0, false), TIMEOUT, null, SCHEDULE, T0, 0);
        assertThat(first).isEqualTo(new Settlement(DeliveryStatus.PENDING, 1, T0.plusSeconds(10), false));

        Settlement second = DeliveryRules.after(claimed(1, T0, false), answered(500), null, SCHEDULE, T0, 0);
        assertThat(second).isEqualTo(new Settlement(DeliveryStatus.PENDING, 2, T0.plusSeconds(20), false));

        Settlement last = DeliveryRules.after(claimed(2, T0, false), answered(500), null, SCHEDULE, T0, 0);
        assertThat(last).isEqualTo(new Settlement(DeliveryStatus.FAILED, 3, null, false));
    }

    @Test
    void retryAfterOn429IsHonoured() {
        Settlement s =
                DeliveryRules.after(claimed(0, T0, false), answered(429), Duration.ofSeconds(90), SCHEDULE, T0, 0);

        assertThat(s.nextAttemptAt()).isEqualTo(T0.plusSeconds(90));
    }

    @Test
    void goneFailsAtOnceAndSuccessEndsTheSchedule() {
        assertThat(DeliveryRules.after(claimed(0, T0, false), answered(410), null, SCHEDULE, T0, 0))
                .isEqualTo(new Settlement(DeliveryStatus.FAILED, 1, null, false));
        assertThat(DeliveryRules.after(claimed(1, T0, false), answered(200), null, SCHEDULE, T0, 0))
                .isEqualTo(new Settlement(DeliveryStatus.SUCCEEDED, 2, null, false));
    }

    @Test
    void aReplayIsExtraAndAFailedOneRestoresWhatWasThere() {
        Instant scheduled = T0.plusSeconds(500);
        assertThat(DeliveryRules.after(claimed(3, null, true), TIMEOUT, null, SCHEDULE, T0, 0))
                .isEqualTo(new Settlement(DeliveryStatus.FAILED, 3, null, true));
        assertThat(DeliveryRules.after(claimed(1, scheduled, true), TIMEOUT, null, SCHEDULE, T0, 0))
                .isEqualTo(new Settlement(DeliveryStatus.PENDING, 1, scheduled, true));
        assertThat(DeliveryRules.after(claimed(3, null, true), answered(202), null, SCHEDULE, T0, 0))
                .isEqualTo(new Settlement(DeliveryStatus.SUCCEEDED, 3, null, true));
    }

    @Test
    void retryAfterReadsSecondsAndHttpDates() {
        assertThat(RetryAfter.parse("120", T0)).isEqualTo(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse("Tue, 01 Jan 2030 00:01:00 GMT", T0)).isEqualTo(Duration.ofMinutes(1));
        assertThat(RetryAfter.parse("Mon, 31 Dec 2029 23:00:00 GMT", T0)).isNull();
        assertThat(RetryAfter.parse("soon", T0)).isNull();
        assertThat(RetryAfter.parse(null, T0)).isNull();
    }
}
