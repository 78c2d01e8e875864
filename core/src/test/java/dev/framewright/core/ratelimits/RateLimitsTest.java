package dev.framewright.core.ratelimits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RateLimitsTest {
    @Test
    void theGroupsAndDefaultsOfTheContractTable() {
        assertThat(Arrays.stream(RateGroup.values()).map(g -> g.policyName() + "=" + g.defaultLimit()))
                .containsExactly(
                        "tools-start=500",
                        "executions-read=5000",
                        "executions-cancel=250",
                        "files-read=50000",
                        "files-hydrate=2500",
                        "files-upload=500",
                        "files-search=500",
                        "files-manage=2500",
                        "resources=2500",
                        "webhooks-list=500",
                        "webhooks-create=10",
                        "webhooks-delete=10",
                        "webhooks-manage=100",
                        "account=2500");
    }

    @Test
    void parsesAndPrintsInGroupOrder() {
        RateLimits limits = RateLimits.parse("files-read=1000, tools-start=100,");

        assertThat(limits.toString()).isEqualTo("tools-start=100,files-read=1000");
        assertThat(RateLimits.parse(limits.toString())).isEqualTo(limits);
        assertThat(RateLimits.parse(" ")).isEqualTo(RateLimits.NONE);
    }

    @Test
    void anUpdateSetsReplacesAndClearsEntries() {
        RateLimits limits = RateLimits.parse("tools-start=100,files-read=1000");

        RateLimits updated = limits.updatedBy("tools-start=5,files-read=default,account=9");

        assertThat(updated).isEqualTo(RateLimits.parse("tools-start=5,account=9"));
        assertThat(limits.toString()).as("unchanged").isEqualTo("tools-start=100,files-read=1000");
    }

    @Test
    void invalidEntriesSayWhy() {
        assertThatThrownBy(() -> RateLimits.parse("nope=1")).hasMessageStartingWith("unknown rate-limit group 'nope'");
        assertThatThrownBy(() -> RateLimits.parse("account=0"))
                .hasMessage("limit of account must be between 1 and 1000000000, not 0");
        assertThatThrownBy(() -> RateLimits.parse("account=1.5"))
                .hasMessage("limit of account must be a whole number, not '1.5'");
        assertThatThrownBy(() -> RateLimits.parse("account=default"))
                .hasMessage("limit of account must be a number, not 'default'");
        assertThatThrownBy(() -> RateLimits.parse("account")).hasMessage("'account' is not group=limit");
    }
}
