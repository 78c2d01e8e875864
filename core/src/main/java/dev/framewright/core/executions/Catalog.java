package dev.framewright.core.executions;

import dev.framewright.contract.TtsVoice;
import java.util.List;
import java.util.Optional;

/**
 * The voices and presenters that the installed engines can really produce. Used to check {@code
 * voiceId}, {@code speechLanguageCode} and {@code avatarPresenterId} at start, and to list the voices
 * (API.md §4.2). Implementations are immutable once built and thread-safe.
 */
public interface Catalog {
    /**
     * A voice as the start checks see it.
     *
     * @param language its ISO 639-1 code ({@code en}), or the primary BCP 47 subtag when the language has
     *     none ({@code chr})
     */
    record Voice(String voiceId, String language, boolean supportsAllLanguages, boolean direct) {}

    Optional<Voice> voice(String voiceId);

    boolean hasPresenter(String presenterId);

    /**
     * The voice text-to-speech uses when a request names no voice: the documented default of {@code
     * language}, or the catalogue's default voice when {@code language} is null. Empty when no voice
     * speaks it.
     */
    default Optional<Voice> defaultVoice(String language) {
        return Optional.empty();
    }

    /** Every voice, deprecated ones included, in stable catalogue order. */
    default List<TtsVoice> ttsVoices() {
        return List.of();
    }

    /**
     * One catalogue made of several (e.g. the text-to-speech voices and the avatar presenters, each
     * owned by its engine): a voice is looked up in each part in order, and a presenter exists when
     * any part has it.
     */
    static Catalog combine(Catalog... parts) {
        java.util.List<Catalog> list = java.util.List.of(parts);
        return new Catalog() {
            @Override
            public Optional<Voice> voice(String voiceId) {
                return list.stream()
                        .map(c -> c.voice(voiceId))
                        .flatMap(Optional::stream)
                        .findFirst();
            }

            @Override
            public boolean hasPresenter(String presenterId) {
                return list.stream().anyMatch(c -> c.hasPresenter(presenterId));
            }

            @Override
            public Optional<Voice> defaultVoice(String language) {
                return list.stream()
                        .map(c -> c.defaultVoice(language))
                        .flatMap(Optional::stream)
                        .findFirst();
            }

            @Override
            public List<TtsVoice> ttsVoices() {
                return list.stream().flatMap(c -> c.ttsVoices().stream()).toList();
            }
        };
    }

    /** A catalogue with nothing in it: honest when no engine can speak or present. */
    Catalog EMPTY = new Catalog() {
        @Override
        public Optional<Voice> voice(String voiceId) {
            return Optional.empty();
        }

        @Override
        public boolean hasPresenter(String presenterId) {
            return false;
        }
    };
}
