package dev.framewright.server.api;

import dev.framewright.contract.AvatarPresenter;
import dev.framewright.contract.AvatarPresenterList;
import dev.framewright.contract.EngineCapability;
import dev.framewright.contract.EngineList;
import dev.framewright.contract.EngineStatus;
import dev.framewright.contract.ToolType;
import dev.framewright.contract.TtsVoice;
import dev.framewright.contract.TtsVoiceList;
import dev.framewright.core.ApiException;
import dev.framewright.core.Page;
import dev.framewright.core.Paging;
import dev.framewright.core.analysis.AnalysisEngines;
import dev.framewright.core.executions.Catalog;
import dev.framewright.core.executions.EngineInfo;
import dev.framewright.core.executions.ToolRegistry;
import dev.framewright.engines.avatar.PresenterCatalog;
import dev.framewright.engines.avatar.PresenterGallery;
import dev.framewright.server.http.Json;
import dev.framewright.server.http.RouteTable;
import dev.framewright.server.media.PresenterRoutes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Catalogues (API.md §4). They list only what the installed engines can really produce: the voices of
 * the speech engines found at start (in catalogue order, pageable by the [ext] {@code limit} and
 * {@code cursor}), and the presenters while the avatar engine can run, each with absolute public URLs
 * served by {@link PresenterRoutes}.
 */
public final class ResourceRoutes {
    private final ToolRegistry tools;
    private final AnalysisEngines analysis;
    private final Catalog catalog;
    private final PresenterCatalog presenters;
    private final Supplier<String> baseUrl;

    /**
     * @param analysis the analysis and search engines (listed with the tools)
     * @param catalog the voices of the speech engines
     * @param presenters the avatar engine's presenters (listed while it can run)
     * @param baseUrl the public base URL, for the presenters' absolute media URLs
     */
    /** Voices answered when neither limit nor cursor is given ({@code list-cap}). */
    private final int listCap;

    public ResourceRoutes(
            ToolRegistry tools,
            AnalysisEngines analysis,
            Catalog catalog,
            PresenterCatalog presenters,
            Supplier<String> baseUrl,
            int listCap) {
        this.listCap = listCap;
        this.tools = tools;
        this.analysis = analysis;
        this.catalog = catalog;
        this.presenters = presenters;
        this.baseUrl = baseUrl;
    }

    public void register(RouteTable t) {
        var key = RouteTable.Access.API_KEY;
        t.get("/v1/resources/avatar-presenters", key, "resources", ctx -> Json.write(ctx, 200, presenters()));
        t.get(
                "/v1/resources/tts-voices",
                key,
                "resources",
                ctx -> Json.write(
                        ctx,
                        200,
                        voices(
                                ctx.queryParam("includeDeprecatedVoices"),
                                ctx.queryParam("limit"),
                                ctx.queryParam("cursor"))));
        t.get("/v1/resources/engines", key, "resources", ctx -> Json.write(ctx, 200, engines()));
    }

    /** The presenters while the avatar engine can run (API.md §4.1); also the MCP tool's answer. */
    public AvatarPresenterList presenters() {
        String base = baseUrl.get();
        List<AvatarPresenter> out = presenters.presenters().stream()
                .map(p -> new AvatarPresenter(
                        p.id(),
                        p.gender(),
                        PresenterRoutes.url(base, p.id(), PresenterGallery.Item.IMAGE),
                        PresenterRoutes.url(base, p.id(), PresenterGallery.Item.THUMBNAIL),
                        PresenterRoutes.url(base, p.id(), PresenterGallery.Item.PREVIEW)))
                .toList();
        return new AvatarPresenterList(out, false, null);
    }

    /**
     * The voices (API.md §4.2), paged by the [ext] {@code limit} and {@code cursor}.
     *
     * @throws ApiException {@code invalid_parameters} for a bad flag, limit or cursor
     */
    public TtsVoiceList voices(String deprecated, String limit, String cursor) {
        if (deprecated != null && !deprecated.equals("true") && !deprecated.equals("false")) {
            throw ApiException.invalid("includeDeprecatedVoices must be true or false");
        }
        boolean all = "true".equals(deprecated);
        Paging paging = Paging.of(limit, cursor, "tts-voices", "includeDeprecatedVoices=" + all, listCap);
        Page<Indexed> page = paging.page(
                voicesAfter(all, paging), Indexed::index, i -> i.voice().voiceId());
        return new TtsVoiceList(page.items().stream().map(Indexed::voice).toList(), page.hasMore(), page.nextCursor());
    }

    /** A voice and its position in the catalogue (the list's stable order and keyset). */
    private record Indexed(long index, TtsVoice voice) {}

    private List<Indexed> voicesAfter(boolean includeDeprecated, Paging paging) {
        List<TtsVoice> voices = catalog.ttsVoices();
        long after = paging.after() == null ? -1 : paging.after().sortKey();
        List<Indexed> out = new ArrayList<>();
        for (int i = 0; i < voices.size() && out.size() <= paging.limit(); i++) {
            if (i > after && (includeDeprecated || !voices.get(i).isDeprecated())) {
                out.add(new Indexed(i, voices.get(i)));
            }
        }
        return out;
    }

    /** One entry per tool type, then the analysis capabilities (API.md §4.3). */
    public EngineList engines() {
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
        out.add(status(EngineCapability.ANALYZE_DESCRIPTION, analysis.description()));
        out.add(status(EngineCapability.ANALYZE_TRANSCRIPT, analysis.transcript()));
        out.add(status(EngineCapability.SEARCH_EMBEDDING, analysis.embedding()));
        return new EngineList(out, false, null);
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
