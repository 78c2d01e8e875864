package dev.framewright.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A text-to-speech voice of an installed engine (API.md §7.5). {@code languageCode} is a BCP 47
 * locale such as {@code en-US}; {@code accent} and {@code description} may be {@code null}; every
 * other field is always set. {@code supportsDirectToolExecution: false} means the voice cannot be
 * used with text-to-speech.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TtsVoice(
        String voiceId,
        String displayName,
        String languageCode,
        Gender displayGender,
        String accent,
        String description,
        boolean supportsDirectToolExecution,
        boolean supportsAllLanguages,
        @JsonProperty("isDeprecated") boolean isDeprecated) {}
