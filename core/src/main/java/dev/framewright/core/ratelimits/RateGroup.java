package dev.framewright.core.ratelimits;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The rate-limit groups of API.md §1.7 with their default hourly limits. The policy name is what
 * routes declare and what the {@code RateLimit-Policy} header and the settings use.
 */
public enum RateGroup {
    TOOLS_START(500),
    EXECUTIONS_READ(5_000),
    EXECUTIONS_CANCEL(250),
    FILES_READ(50_000),
    FILES_HYDRATE(2_500),
    FILES_UPLOAD(500),
    FILES_SEARCH(500),
    FILES_MANAGE(2_500),
    RESOURCES(2_500),
    WEBHOOKS_LIST(500),
    WEBHOOKS_CREATE(10),
    WEBHOOKS_DELETE(10),
    WEBHOOKS_MANAGE(100),
    ACCOUNT(2_500);

    private final int defaultLimit;

    RateGroup(int defaultLimit) {
        this.defaultLimit = defaultLimit;
    }

    /** The requests per hour of API.md §1.7 when nothing overrides them. */
    public int defaultLimit() {
        return defaultLimit;
    }

    /** The policy name, e.g. {@code tools-start}. */
    public String policyName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The group named {@code policyName}.
     *
     * @throws IllegalArgumentException naming the unknown group and the known ones
     */
    public static RateGroup of(String policyName) {
        for (RateGroup g : values()) {
            if (g.policyName().equals(policyName)) {
                return g;
            }
        }
        throw new IllegalArgumentException("unknown rate-limit group '" + policyName + "' (known: "
                + Arrays.stream(values()).map(RateGroup::policyName).collect(Collectors.joining(", ")) + ")");
    }
}
