package dev.framewright.server;

import dev.framewright.core.executions.Catalog;
import dev.framewright.core.executions.Tool;
import dev.framewright.core.outbound.OutboundGuard;
import dev.framewright.engines.audio.AudioEncoder;
import dev.framewright.engines.connectors.ConnectorHttp;
import dev.framewright.engines.connectors.ConnectorSettings;
import dev.framewright.engines.connectors.ElevenLabsSoundTool;
import dev.framewright.engines.connectors.ElevenLabsSpeech;
import dev.framewright.engines.connectors.OpenAiSpeech;
import dev.framewright.engines.sfx.SoundEffectTool;
import dev.framewright.engines.speech.EspeakEngine;
import dev.framewright.engines.speech.FestivalEngine;
import dev.framewright.engines.speech.FliteEngine;
import dev.framewright.engines.speech.PiperEngine;
import dev.framewright.engines.speech.SpeechEngine;
import dev.framewright.engines.speech.TextToSpeechTool;
import dev.framewright.engines.speech.VoiceCatalog;
import dev.framewright.server.config.AudioConfig;
import dev.framewright.server.config.ConfigException;
import dev.framewright.server.outbound.GuardedConnectorHttp;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the audio tools: the speech engines in order of preference (remote connectors when configured,
 * then user-supplied Piper voices when the folder holds any, then Festival, flite, eSpeak NG), the voice catalogue discovered from them, text-to-speech, and
 * sound effects (ElevenLabs when configured, else the procedural engine). Discovery runs the engines'
 * programs once, here, at start.
 */
final class AudioTools {
    private static final Logger log = LoggerFactory.getLogger(AudioTools.class);
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(2);

    final VoiceCatalog catalog;
    final List<Tool> tools;
    /** Every speech engine's name, also those switched off (they are valid in {@code engines-disabled}). */
    final Set<String> speechEngines;

    private AudioTools(VoiceCatalog catalog, List<Tool> tools, Set<String> speechEngines) {
        this.catalog = catalog;
        this.tools = tools;
        this.speechEngines = speechEngines;
    }

    /**
     * @param disabled engine names switched off by the operator: a disabled speech engine's voices are
     *     not listed
     * @param presenters answers the catalogue's presenter checks
     * @throws ConfigException when the configured default voice is not installed
     */
    static AudioTools create(
            AudioConfig config, Duration timeout, Set<String> disabled, OutboundGuard guard, Catalog presenters) {
        ConnectorSettings remote = new ConnectorSettings(
                config.openAiUrl(),
                config.openAiKey(),
                config.openAiModel(),
                config.openAiVoices(),
                config.elevenLabsUrl(),
                config.elevenLabsKey(),
                config.elevenLabsModel(),
                REQUEST_TIMEOUT);
        // every connector request is checked by the SSRF guard and pinned to the checked address
        ConnectorHttp http = new GuardedConnectorHttp(guard);
        List<SpeechEngine> all = List.of(
                new OpenAiSpeech(remote, http),
                new ElevenLabsSpeech(remote, http),
                new PiperEngine(config.piperVoicesDir(), timeout),
                new FestivalEngine(timeout),
                new FliteEngine(timeout),
                new EspeakEngine(timeout));
        List<SpeechEngine> engines =
                all.stream().filter(e -> !disabled.contains(e.name())).toList();
        VoiceCatalog catalog;
        try {
            catalog = VoiceCatalog.discover(engines, config.defaultVoice(), presenters);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("invalid value '" + config.defaultVoice()
                    + "' for tts-default-voice (FRAMEWRIGHT_TTS_DEFAULT_VOICE / --tts-default-voice): "
                    + e.getMessage());
        }
        catalog.engines()
                .forEach((name, found) -> log.info(
                        "speech engine {}: {}",
                        name,
                        found.voices().isEmpty()
                                ? "not available"
                                : found.voices().size() + " voices"));
        AudioEncoder encoder = new AudioEncoder(config.format(), timeout);
        List<Tool> tools = List.of(
                new TextToSpeechTool(catalog, engines, encoder),
                new ElevenLabsSoundTool(remote, http, encoder),
                new SoundEffectTool(encoder));
        return new AudioTools(
                catalog, tools, all.stream().map(SpeechEngine::name).collect(Collectors.toSet()));
    }
}
