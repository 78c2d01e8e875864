package dev.framewright.sdk;

import dev.framewright.contract.AvatarPresenterList;
import dev.framewright.contract.EngineList;
import dev.framewright.contract.TtsVoiceList;
import dev.framewright.sdk.internal.Call;
import dev.framewright.sdk.internal.Transport;
import java.io.IOException;

/**
 * Catalogues (API.md §4): text-to-speech voices, avatar presenters and [ext] engines. Get it from
 * {@link VideoGenClient#resources()}; thread-safe.
 */
public final class ResourcesClient {
    private final Transport transport;

    ResourcesClient(Transport transport) {
        this.transport = transport;
    }

    /** {@code GET /v1/resources/tts-voices}: the voices of the installed engines, deprecated ones left out. */
    public TtsVoiceList listTtsVoices() throws IOException {
        return listTtsVoices(false, ListParams.ALL);
    }

    /**
     * {@code GET /v1/resources/tts-voices} in catalogue order.
     *
     * @param includeDeprecatedVoices whether voices with {@code isDeprecated: true} are listed too
     */
    public TtsVoiceList listTtsVoices(boolean includeDeprecatedVoices, ListParams params) throws IOException {
        Call call = Call.get("/v1/resources/tts-voices")
                .query("includeDeprecatedVoices", includeDeprecatedVoices)
                .query("limit", params.limit())
                .query("cursor", params.cursor());
        return transport.call(call, TtsVoiceList.class);
    }

    /** {@code GET /v1/resources/avatar-presenters}: the operator's presenter catalogue. */
    public AvatarPresenterList listAvatarPresenters() throws IOException {
        return listAvatarPresenters(ListParams.ALL);
    }

    /** {@code GET /v1/resources/avatar-presenters} with paging [ext]. */
    public AvatarPresenterList listAvatarPresenters(ListParams params) throws IOException {
        Call call = Call.get("/v1/resources/avatar-presenters")
                .query("limit", params.limit())
                .query("cursor", params.cursor());
        return transport.call(call, AvatarPresenterList.class);
    }

    /**
     * {@code GET /v1/resources/engines} [ext]: for each tool and analysis capability, the engine that
     * serves it and whether it can run now (with the reason when not).
     */
    public EngineList listEngines() throws IOException {
        return transport.call(Call.get("/v1/resources/engines"), EngineList.class);
    }
}
