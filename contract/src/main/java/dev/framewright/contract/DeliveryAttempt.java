package dev.framewright.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * [ext] One attempt to deliver a webhook message (API.md §7.7). {@code responseStatus} is {@code
 * null} when no response came; {@code error} is {@code null} when one did.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeliveryAttempt(Long attemptedAt, Integer responseStatus, Long durationMs, DeliveryAttemptError error) {}
