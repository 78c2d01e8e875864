package dev.framewright.core.executions;

import java.util.Optional;

/**
 * The voices and presenters that the installed engines can really produce. Used to check {@code
 * voiceId} and {@code avatarPresenterId} at start.
 */
public interface Catalog {
    /** A voice usable for direct execution, with its ISO 639-1 language and all-languages flag. */
    record Voice(String voiceId, String language, boolean supportsAllLanguages, boolean direct) {}

    Optional<Voice> voice(String voiceId);

    boolean hasPresenter(String presenterId);

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
