package dev.framewright.engines.speech;

import dev.framewright.contract.TtsVoice;
import dev.framewright.core.executions.Catalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The voices of the installed speech engines (API.md §4.2), found once at start. Catalogue order is
 * the engines' order (remote connectors first when configured, then Piper voices, Festival, flite, eSpeak NG), each
 * engine's voices in its own order. The default voice is the configured one, else the first
 * direct-execution voice; the default of a language is the configured default when it speaks the
 * language, else the voice of lowest {@link SpeechVoice#rank()} that speaks it, all-language voices of
 * remote services included (ties: catalogue order). Presenters are answered by another catalogue.
 * Immutable and thread-safe.
 */
public final class VoiceCatalog implements Catalog {
    private final Map<String, SpeechVoice> voices;
    private final List<SpeechVoice> ordered;
    private final Map<String, SpeechEngine.Discovery> engines;
    private final SpeechVoice defaultVoice;
    private final Catalog presenters;

    private VoiceCatalog(
            List<SpeechVoice> ordered,
            Map<String, SpeechEngine.Discovery> engines,
            SpeechVoice defaultVoice,
            Catalog presenters) {
        this.ordered = List.copyOf(ordered);
        Map<String, SpeechVoice> byId = new LinkedHashMap<>();
        ordered.forEach(v -> byId.put(v.id(), v));
        this.voices = Map.copyOf(byId);
        this.engines = engines;
        this.defaultVoice = defaultVoice;
        this.presenters = presenters;
    }

    /**
     * Discovers the voices of {@code engines}, in parallel (runs their programs: call at start).
     *
     * @param configuredDefault a voice id to use when a request names none, or null
     * @param presenters answers {@link #hasPresenter}
     * @throws IllegalArgumentException when {@code configuredDefault} is not an installed direct voice
     */
    public static VoiceCatalog discover(List<SpeechEngine> engines, String configuredDefault, Catalog presenters) {
        Map<String, CompletableFuture<SpeechEngine.Discovery>> running = new LinkedHashMap<>();
        // engines run their programs in parallel: discovery is mostly waiting for them
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, engines.size()))) {
            for (SpeechEngine e : engines) {
                running.put(e.name(), CompletableFuture.supplyAsync(e::discover, pool));
            }
            Map<String, SpeechEngine.Discovery> found = new LinkedHashMap<>();
            running.forEach((name, f) -> found.put(name, f.join()));
            return of(found, configuredDefault, presenters);
        }
    }

    /** A catalogue of already discovered engines, in the map's order. */
    static VoiceCatalog of(Map<String, SpeechEngine.Discovery> found, String configuredDefault, Catalog presenters) {
        Map<String, SpeechVoice> all = new LinkedHashMap<>();
        for (SpeechEngine.Discovery d : found.values()) {
            for (SpeechVoice v : d.voices()) {
                all.putIfAbsent(v.id(), v);
            }
        }
        SpeechVoice def;
        if (configuredDefault != null) {
            def = Optional.ofNullable(all.get(configuredDefault))
                    .filter(v -> v.wire().supportsDirectToolExecution())
                    .orElseThrow(() -> new IllegalArgumentException(
                            "the default voice " + configuredDefault + " is not an installed voice"));
        } else {
            def = all.values().stream()
                    .filter(v ->
                            v.wire().supportsDirectToolExecution() && !v.wire().isDeprecated())
                    .findFirst()
                    .orElse(null);
        }
        return new VoiceCatalog(
                new ArrayList<>(all.values()),
                java.util.Collections.unmodifiableMap(new LinkedHashMap<>(found)),
                def,
                presenters);
    }

    /** The voice called {@code voiceId}, if installed. */
    public Optional<SpeechVoice> speechVoice(String voiceId) {
        return Optional.ofNullable(voices.get(voiceId));
    }

    /** The voice a request gets: the named one, else the default of the language, else the default voice. */
    public Optional<SpeechVoice> resolve(String voiceId, String language) {
        if (voiceId != null) {
            return speechVoice(voiceId);
        }
        if (language == null) {
            return Optional.ofNullable(defaultVoice);
        }
        if (defaultVoice != null && defaultVoice.language().equals(language)) {
            return Optional.of(defaultVoice);
        }
        return ordered.stream()
                .filter(v -> v.wire().supportsDirectToolExecution() && !v.wire().isDeprecated())
                .filter(v -> v.language().equals(language) || v.wire().supportsAllLanguages())
                .min(Comparator.comparingInt(SpeechVoice::rank)); // stream order breaks ties: catalogue order
    }

    /** What each engine reported at discovery, in engine order. */
    public Map<String, SpeechEngine.Discovery> engines() {
        return engines;
    }

    public Optional<SpeechVoice> defaultSpeechVoice() {
        return Optional.ofNullable(defaultVoice);
    }

    @Override
    public Optional<Voice> voice(String voiceId) {
        return speechVoice(voiceId).map(SpeechVoice::check);
    }

    @Override
    public Optional<Voice> defaultVoice(String language) {
        return resolve(null, language).map(SpeechVoice::check);
    }

    @Override
    public List<TtsVoice> ttsVoices() {
        return ordered.stream().map(SpeechVoice::wire).toList();
    }

    @Override
    public boolean hasPresenter(String presenterId) {
        return presenters.hasPresenter(presenterId);
    }
}
