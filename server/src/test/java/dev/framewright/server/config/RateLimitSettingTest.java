package dev.framewright.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.framewright.core.ratelimits.RateGroup;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code rate-limits} / {@code FRAMEWRIGHT_RATE_LIMITS}: the default team's hourly limits per group. */
class RateLimitSettingTest {
    private static ServerConfig withEnv(String value) {
        return ServerConfig.from(ConfigSources.load(List.of(), Map.of("FRAMEWRIGHT_RATE_LIMITS", value)));
    }

    @Test
    void unsetMeansTheContractDefaults() {
        ServerConfig c = ServerConfig.from(ConfigSources.load(List.of(), Map.of()));

        assertThat(c.rateLimits().isEmpty()).isTrue();
        assertThat(c.describe(8080)).contains("rate-limits=(API.md defaults)");
    }

    @Test
    void aCommaListSetsSomeGroups() {
        ServerConfig c = withEnv(" tools-start=100, files-read=1000 ");

        assertThat(c.rateLimits().of(RateGroup.TOOLS_START)).hasValue(100);
        assertThat(c.rateLimits().of(RateGroup.FILES_READ)).hasValue(1000);
        assertThat(c.rateLimits().of(RateGroup.ACCOUNT)).isEmpty();
        assertThat(c.describe(8080)).contains("rate-limits=tools-start=100,files-read=1000");
    }

    @Test
    void theFlagOverridesTheEnvironment() {
        ServerConfig c = ServerConfig.from(ConfigSources.load(
                List.of("--rate-limits", "account=5"), Map.of("FRAMEWRIGHT_RATE_LIMITS", "account=7")));

        assertThat(c.rateLimits().of(RateGroup.ACCOUNT)).hasValue(5);
    }

    @Test
    void anUnknownGroupRefusesTheStartNamingTheSetting() {
        assertThatThrownBy(() -> withEnv("tools-start=100,uploads=5"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("invalid value 'tools-start=100,uploads=5' for rate-limits "
                        + "(FRAMEWRIGHT_RATE_LIMITS / --rate-limits)")
                .hasMessageContaining("unknown rate-limit group 'uploads'")
                .hasMessageContaining("tools-start, executions-read");
    }

    @Test
    void badLimitsRefuseTheStart() {
        assertThatThrownBy(() -> withEnv("account=0"))
                .hasMessageContaining("FRAMEWRIGHT_RATE_LIMITS")
                .hasMessageContaining("between 1 and 1000000000");
        assertThatThrownBy(() -> withEnv("account=many")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> withEnv("account")).hasMessageContaining("'account' is not group=limit");
        assertThatThrownBy(() -> withEnv("account=default")).hasMessageContaining("must be a number");
    }
}
