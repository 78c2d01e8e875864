package dev.framewright.core.ratelimits;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Hourly limits for some groups, overriding the defaults (configuration, a team or a key). Written
 * and parsed as {@code group=limit,group=limit}, e.g. {@code tools-start=100,files-read=1000}.
 */
public record RateLimits(Map<RateGroup, Integer> limits) {
    public static final int MAX_LIMIT = 1_000_000_000;
    public static final RateLimits NONE = new RateLimits(Map.of());
    /** The value that removes an override in {@link #updatedBy(String)}. */
    public static final String DEFAULT = "default";

    public RateLimits {
        EnumMap<RateGroup, Integer> copy = new EnumMap<>(RateGroup.class);
        limits.forEach((group, limit) -> copy.put(group, checked(group, limit)));
        limits = Collections.unmodifiableMap(copy);
    }

    /**
     * Parses {@code group=limit,…} (blank = none).
     *
     * @throws IllegalArgumentException naming the entry and the rule it breaks
     */
    public static RateLimits parse(String spec) {
        return NONE.apply(spec, false);
    }

    /** These limits with the entries of {@code spec} applied; {@code group=default} removes one. */
    public RateLimits updatedBy(String spec) {
        return apply(spec, true);
    }

    private RateLimits apply(String spec, boolean allowDefault) {
        EnumMap<RateGroup, Integer> out = new EnumMap<>(RateGroup.class);
        out.putAll(limits);
        for (String entry : spec.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] kv = entry.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("'" + entry.trim() + "' is not group=limit");
            }
            RateGroup group = RateGroup.of(kv[0].trim());
            String value = kv[1].trim();
            if (!value.equals(DEFAULT)) {
                out.put(group, number(group, value));
            } else if (allowDefault) {
                out.remove(group);
            } else {
                throw new IllegalArgumentException(
                        "limit of " + group.policyName() + " must be a number, not '" + DEFAULT + "'");
            }
        }
        return new RateLimits(out);
    }

    public OptionalInt of(RateGroup group) {
        Integer limit = limits.get(group);
        return limit == null ? OptionalInt.empty() : OptionalInt.of(limit);
    }

    public boolean isEmpty() {
        return limits.isEmpty();
    }

    /** {@code group=limit,…} in group order; empty when there are none. */
    @Override
    public String toString() {
        return limits.entrySet().stream()
                .map(e -> e.getKey().policyName() + "=" + e.getValue())
                .collect(Collectors.joining(","));
    }

    private static int number(RateGroup group, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "limit of " + group.policyName() + " must be a whole number, not '" + value + "'");
        }
    }

    private static int checked(RateGroup group, Integer limit) {
        if (limit == null || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException(
                    "limit of " + group.policyName() + " must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        return limit;
    }
}
