package dev.framewright.core.ratelimits;

/**
 * The outcome of counting one request (API.md §1.7), with what the rate-limit headers show.
 *
 * @param limit the group's hourly quota for this key
 * @param remaining requests left in the window after this one, at least 0
 * @param resetEpochSecond when the window ends (Unix seconds)
 * @param secondsToReset whole seconds until then, rounded up: 1–3600
 * @param allowed false when the window was full: the request is refused and was not counted
 */
public record RateDecision(
        RateGroup group, int limit, int remaining, long resetEpochSecond, long secondsToReset, boolean allowed) {}
