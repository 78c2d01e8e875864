package dev.framewright.server.api;

import dev.framewright.contract.AvatarPresenterList;
import dev.framewright.contract.EngineCapability;
import dev.framewright.contract.EngineList;
import dev.framewright.contract.EngineStatus;
import dev.framewright.contract.ToolType;
import dev.framewright.contract.TtsVoiceList;
import dev.framewright.core.ApiException;
import dev.framewright.core.analysis.AnalysisEngines;
import dev.framewright.core.executions.EngineInfo;
import dev.framewright.core.executions.ToolRegistry;
import dev.framewright.server.http.Json;
import dev.framewright.server.http.RouteTable;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/**
 * Catalogues (API.md §4). They list only what the installed engines can really produce: with no
 * speech or avatar engine installed, the voice and presenter lists are empty.
 */
public final class ResourceRoutes {
    private final ToolRegistry tools;
    private final AnalysisEngines analysis;

    public ResourceRoutes(ToolRegistry tools, AnalysisEngines analysis) {
        this.tools = tools;
        this.analysis = analysis;
    }

    public void register(RouteTable t) {
        var key = RouteTable.Access.API_KEY;
        t.get("/v1/resources/avatar-presenters", key, "resources", this::presenters);
        t.get("/v1/resources/tts-voices", key, "resources", this::voices);
        t.get("/v1/resources/engines", key, "resources", this::engines);
    }

    private void presenters(Context ctx) {
        Json.write(ctx, 200, new AvatarPresenterList(List.of(), false, null));
    }

    private void voices(Context ctx) {
        String deprecated = ctx.queryParam("includeDeprecatedVoices");
        if (deprecated != null && !deprecated.equals("true") && !deprecated.equals("false")) {
            throw ApiException.invalid("includeDeprecatedVoices must be true or false");
        }
        Json.write(ctx, 200, new TtsVoiceList(List.of(), false, null));
    }

    private void engines(Context ctx) {
        List<EngineStatus> out = new ArrayList<>();
        for (ToolType type : ToolType.values()) {
            EngineInfo info = tools.status(type).orElse(null);
            out.add(
                    info == null
                            ? new EngineStatus(
                                    EngineCapability.of(type),
                                    null,
                                    null,
                                    false,
                                    "no engine is installed for this tool",
                                    java.util.Map.of())
                            : new EngineStatus(
                                    EngineCapability.of(type),
                                    info.engine(),
                                    info.version(),
                                    info.available(),
                                    info.reason(),
                                    withLicense(info)));
        }
        out.add(status(EngineCapability.ANALYZE_DESCRIPTION, analysis.description()));
        out.add(status(EngineCapability.ANALYZE_TRANSCRIPT, analysis.transcript()));
        out.add(status(EngineCapability.SEARCH_EMBEDDING, analysis.embedding()));
        Json.write(ctx, 200, new EngineList(out, false, null));
    }

    private static EngineStatus status(EngineCapability c, EngineInfo info) {
        return new EngineStatus(c, info.engine(), info.version(), info.available(), info.reason(), withLicense(info));
    }

    private static java.util.Map<String, String> withLicense(EngineInfo info) {
        java.util.Map<String, String> d = new java.util.TreeMap<>(info.details());
        if (info.license() != null) {
            d.put("license", info.license());
        }
        return d;
    }
}
