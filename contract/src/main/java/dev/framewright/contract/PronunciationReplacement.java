package dev.framewright.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One whole-word, case-sensitive replacement applied before synthesis (API.md §2.2 text-to-speech,
 * §7.8). Both strings are required; {@code original} must be non-empty.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PronunciationReplacement(String original, String replacement) {}
