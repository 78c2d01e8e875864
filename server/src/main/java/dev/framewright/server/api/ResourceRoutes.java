package dev.framewright.server.api;

import dev.framewright.contract.AvatarPresenterList;
import dev.framewright.contract.EngineCapability;
import dev.framewright.contract.EngineList;
import dev.framewright.contract.EngineStatus;
import dev.framewright.contract.ToolType;
import dev.framewright.contract.TtsVoiceList;
import dev.framewright.core.ApiException;
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

    public ResourceRoutes(ToolRegistry tools) {
        this.tools = tools;
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
                                    withEngines(withLicense(info), tools.engines(type))));
        }
        for (EngineCapability c : List.of(
                EngineCapability.ANALYZE_DESCRIPTION,
                EngineCapability.ANALYZE_TRANSCRIPT,
                EngineCapability.SEARCH_EMBEDDING)) {
            out.add(new EngineStatus(c, null, null, false, "no analysis engine is installed", java.util.Map.of()));
        }
        Json.write(ctx, 200, new EngineList(out, false, null));
    }

    /**
     * With more than one engine for a tool, {@code details.engines} lists them all in order of
     * preference: name, availability (or why not), model and licence, separated by {@code "; "}.
     */
    private static java.util.Map<String, String> withEngines(java.util.Map<String, String> d, List<EngineInfo> all) {
        if (all.size() > 1) {
            List<String> parts = new ArrayList<>();
            for (EngineInfo e : all) {
                parts.add(e.engine() + " (" + (e.available() ? "available" : "unavailable: " + e.reason())
                        + (e.details().containsKey("model")
                                ? ", model: " + e.details().get("model")
                                : "")
                        + ", licence: " + e.license() + ")");
            }
            d.put("engines", String.join("; ", parts));
        }
        return d;
    }

    private static java.util.Map<String, String> withLicense(EngineInfo info) {
        java.util.Map<String, String> d = new java.util.TreeMap<>(info.details());
        if (info.license() != null) {
            d.put("license", info.license());
        }
        return d;
    }
}
