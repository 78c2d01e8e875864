package dev.framewright.server.media;

import dev.framewright.core.ApiException;
import dev.framewright.core.Hashing;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;

/**
 * The static files of the embed page, served from the jar at {@code /embed/assets/<name>}: hls.js
 * (the {@code org.webjars.npm:hls.js} webjar, so nothing is fetched at run time) and the page's own
 * script and style sheet. Loaded once, on first use; thread-safe.
 */
final class EmbedAssets {
    private static final String WEBJAR_POM = "META-INF/maven/org.webjars.npm/hls.js/pom.properties";
    private static final String OWN = "dev/framewright/server/media/embed/";

    /** One asset: its bytes, type and strong ETag. */
    record Asset(byte[] bytes, String contentType, String etag) {
        /** A short content hash for cache-busting query strings. */
        String version() {
            return etag.substring(1, 13);
        }
    }

    private volatile Map<String, Asset> assets;

    /** The asset called {@code name}; throws when the jar lacks it (a broken build). */
    Asset get(String name) {
        Asset a = all().get(name);
        if (a == null) {
            throw new IllegalArgumentException("no embed asset " + name);
        }
        return a;
    }

    /** GET /embed/assets/{asset}: 200 or 304; an unknown name is 404. */
    void serve(Context ctx) throws IOException {
        Asset a = all().get(ctx.pathParam("asset"));
        if (a == null) {
            throw ApiException.notFound("Asset");
        }
        ctx.header("Access-Control-Allow-Origin", "*");
        // the page links each asset with ?v=<content hash>, so a long lifetime never serves stale code
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

    private static Map<String, Asset> load() {
        String version = hlsVersion();
        String js = "text/javascript; charset=utf-8";
        return Map.of(
                "hls.min.js", asset("META-INF/resources/webjars/hls.js/" + version + "/dist/hls.min.js", js),
                "player.js", asset(OWN + "player.js", js),
                "player.css", asset(OWN + "player.css", "text/css; charset=utf-8"));
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
        InputStream in = EmbedAssets.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing from the jar: " + path);
        }
        return in;
    }
}
