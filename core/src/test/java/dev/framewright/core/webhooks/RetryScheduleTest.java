package dev.framewright.core.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {
    @Test
    void theDefaultIsTenAttemptsOverAboutThreeDays() {
        RetrySchedule s = RetrySchedule.DEFAULT;

        assertThat(s.maxAttempts()).isEqualTo(10);
        assertThat(s.delayAfter(1, 0, null)).isEqualTo(Duration.ofSeconds(5));
        assertThat(s.delayAfter(2, 0, null)).isEqualTo(Duration.ofMinutes(5));
        assertThat(s.delayAfter(9, 0, null)).isEqualTo(Duration.ofHours(24));
        assertThat(s.describe()).isEqualTo("5,300,1800,7200,18000,36000,50400,72000,86400");
    }

    @Test
    void jitterStaysWithinTenPercent() {
        RetrySchedule s = RetrySchedule.parse("100");

        assertThat(s.delayAfter(1, -1, null)).isEqualTo(Duration.ofSeconds(90));
        assertThat(s.delayAfter(1, 1, null)).isEqualTo(Duration.ofSeconds(110));
        assertThat(s.delayAfter(1, 7, null)).isEqualTo(Duration.ofSeconds(110));
    }

    @Test
    void retryAfterLengthensTheWaitButIsCapped() {
        RetrySchedule s = RetrySchedule.parse("1,1");

        assertThat(s.delayAfter(1, 0, Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.delayAfter(1, 0, Duration.ofMillis(10))).isEqualTo(Duration.ofSeconds(1));
        assertThat(s.delayAfter(1, 0, Duration.ofDays(30))).isEqualTo(RetrySchedule.MAX_RETRY_AFTER);
    }

    @Test
    void badSchedulesAreRefusedNamingTheRule() {
        assertThatThrownBy(() -> RetrySchedule.parse("")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> RetrySchedule.parse("1,x")).hasMessageContaining("'x'");
        assertThatThrownBy(() -> RetrySchedule.parse("0")).hasMessageContaining("1–604800");
        assertThatThrownBy(() -> RetrySchedule.parse("1,".repeat(50) + "1")).hasMessageContaining("1 to 50");
        assertThat(RetrySchedule.parse(" 1, 2 ,3").maxAttempts()).isEqualTo(4);
    }
}
