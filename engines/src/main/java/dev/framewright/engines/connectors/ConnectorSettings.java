package dev.framewright.engines.connectors;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * How to reach the remote audio services, from the server's configuration. A service is off when its
 * URL (OpenAI-compatible) or key (ElevenLabs) is not set.
 *
 * @param openAiUrl base URL of an OpenAI-compatible API (the part before {@code /v1/…}), or null
 * @param openAiKey sent as {@code Authorization: Bearer}; may be null (e.g. a local server)
 * @param openAiVoices the voice names the service offers, listed as {@code vg_voic_openai_<name>}
 * @param elevenLabsKey sent as {@code xi-api-key}; null turns ElevenLabs off
 * @param timeout for one request
 */
public record ConnectorSettings(
        URI openAiUrl,
        String openAiKey,
        String openAiModel,
        List<String> openAiVoices,
        URI elevenLabsUrl,
        String elevenLabsKey,
        String elevenLabsModel,
        Duration timeout) {

    public ConnectorSettings {
        openAiVoices = List.copyOf(openAiVoices);
    }

    public boolean openAi() {
        return openAiUrl != null;
    }

    public boolean elevenLabs() {
        return elevenLabsKey != null && elevenLabsUrl != null;
    }

    /** {@code base} + {@code path}, whatever slashes the base ends with. */
    static URI at(URI base, String path) {
        String b = base.toString();
        return URI.create((b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + path);
    }
}
