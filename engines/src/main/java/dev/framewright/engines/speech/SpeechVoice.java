package dev.framewright.engines.speech;

import dev.framewright.contract.TtsVoice;
import dev.framewright.core.executions.Catalog;

/**
 * A voice of an installed speech engine.
 *
 * @param wire the voice as the API lists it
 * @param engine the {@link SpeechEngine#name()} that speaks it
 * @param engineVoice how that engine names the voice (e.g. {@code cmu_us_slt_arctic_hts}, {@code
 *     gmw/en-US+f3})
 * @param language ISO 639-1 code, or the primary language subtag when there is none
 * @param rank preference among the voices of one language, lower first: the default voice of a
 *     language is its voice of lowest rank
 */
public record SpeechVoice(TtsVoice wire, String engine, String engineVoice, String language, int rank) {
    public SpeechVoice {
        if (!wire.voiceId().matches("vg_voic_[a-z0-9_]{1,64}")) {
            throw new IllegalArgumentException(
                    "voiceId must be vg_voic_ and a slug of [a-z0-9_]{1,64}: " + wire.voiceId());
        }
    }

    public String id() {
        return wire.voiceId();
    }

    Catalog.Voice check() {
        return new Catalog.Voice(
                wire.voiceId(), language, wire.supportsAllLanguages(), wire.supportsDirectToolExecution());
    }
}
