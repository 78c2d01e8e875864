package dev.framewright.server.media;

import dev.framewright.core.ApiException;
import dev.framewright.core.Hashing;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Static files served from the jar under a path of their own, each with a strong ETag and a content
 * hash for cache-busting query strings: the embed page's ({@code /embed/assets/<name>}) and the web
 * console's ({@code /console/assets/<name>}). Both include hls.js from the {@code
 * org.webjars.npm:hls.js} webjar, so nothing is fetched at run time. Loaded once, on first use;
 * thread-safe.
 */
public final class StaticAssets {
    private static final String WEBJAR_POM = "META-INF/maven/org.webjars.npm/hls.js/pom.properties";

    /** One asset: its bytes, type and strong ETag. */
    public record Asset(byte[] bytes, String contentType, String etag) {
        /** A short content hash for cache-busting query strings. */
        public String version() {
            return etag.substring(1, 13);
        }
    }

    private final Map<String, String> resources;
    private volatile Map<String, Asset> assets;

    /**
     * @param resources asset name → classpath resource; the name's extension gives the content type
     *     ({@code .js}, {@code .css}, {@code .svg}); the name {@code hls.min.js} may map to {@link
     *     #HLS_JS}
     */
    public StaticAssets(Map<String, String> resources) {
        this.resources = new LinkedHashMap<>(resources);
    }

    /** Placeholder resource for the webjar's {@code dist/hls.min.js}, whatever its version. */
    public static final String HLS_JS = "webjar:hls.min.js";

    /** The embed page's assets: hls.js, player.js and player.css. */
    static StaticAssets embed() {
        String own = "dev/framewright/server/media/embed/";
        return new StaticAssets(
                Map.of("hls.min.js", HLS_JS, "player.js", own + "player.js", "player.css", own + "player.css"));
    }

    /** The asset called {@code name}; throws when the jar lacks it (a broken build). */
    public Asset get(String name) {
        Asset a = all().get(name);
        if (a == null) {
            throw new IllegalArgumentException("no static asset " + name);
        }
        return a;
    }

    /** GET …/assets/{asset}: 200 or 304; an unknown name is 404. */
    public void serve(Context ctx) throws IOException {
        Asset a = all().get(ctx.pathParam("asset"));
        if (a == null) {
            throw ApiException.notFound("Asset");
        }
        ctx.header("Access-Control-Allow-Origin", "*");
        // pages link each asset with ?v=<content hash>, so a long lifetime never serves stale code
        ctx.header("Cache-Control", "public, max-age=86400");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("ETag", a.etag());
        String inm = ctx.header("If-None-Match");
        if (inm != null && (inm.contains(a.etag()) || inm.trim().equals("*"))) {
            ctx.status(304);
            return;
        }
        ctx.res().setContentType(a.contentType());
        ctx.res().setContentLength(a.bytes().length);
        ctx.res().getOutputStream().write(a.bytes());
    }

    private Map<String, Asset> all() {
        Map<String, Asset> m = assets;
        if (m == null) {
            synchronized (this) {
                m = assets;
                if (m == null) {
                    m = load();
                    assets = m;
                }
            }
        }
        return m;
    }

    private Map<String, Asset> load() {
        Map<String, Asset> out = new LinkedHashMap<>();
        for (var e : resources.entrySet()) {
            String path = e.getValue().equals(HLS_JS)
                    ? "META-INF/resources/webjars/hls.js/" + hlsVersion() + "/dist/hls.min.js"
                    : e.getValue();
            out.put(e.getKey(), asset(path, contentType(e.getKey())));
        }
        return Map.copyOf(out);
    }

    private static String contentType(String name) {
        if (name.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        if (name.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        if (name.endsWith(".svg")) {
            return "image/svg+xml";
        }
        throw new IllegalArgumentException("no content type known for " + name);
    }

    private static String hlsVersion() {
        Properties p = new Properties();
        try (InputStream in = resource(WEBJAR_POM)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }

    private static Asset asset(String path, String contentType) {
        try (InputStream in = resource(path)) {
            byte[] bytes = in.readAllBytes();
            String hash = HexFormat.of().formatHex(Hashing.sha256(bytes));
            return new Asset(bytes, contentType, "\"" + hash.substring(0, 32) + "\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing from the jar: " + path);
        }
        return in;
    }
}
