package dev.framewright.server.media;

import dev.framewright.contract.IdPrefix;
import dev.framewright.core.ApiException;
import dev.framewright.core.files.BlobStore;
import dev.framewright.core.files.FileRecord;
import dev.framewright.core.files.FileStore;
import dev.framewright.core.files.Rendition;
import dev.framewright.core.files.RenditionKind;
import dev.framewright.server.http.RouteTable;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.io.IOException;

/**
 * Public preview paths (API.md §10.4): no auth, no expiry, keyed by the file's public playback id.
 * Every request looks the id up afresh, so an unknown or disabled id answers 404 at once; responses
 * may be cached for {@link #MAX_AGE_SECONDS} at most, so that revocation also reaches caches quickly.
 * Media answers as signed media does (ETag, Range, HEAD) through {@link MediaSender}.
 */
public final class PublicRoutes {
    /** Upper bound of any cache's copy of a public response (API.md §10.4: ≤60 s). */
    static final int MAX_AGE_SECONDS = 60;

    private static final String CACHE_CONTROL = "public, max-age=" + MAX_AGE_SECONDS;

    private final FileStore files;
    private final MediaSender sender;
    private final StaticAssets assets = StaticAssets.embed();
    private final EmbedPage page;

    public PublicRoutes(FileStore files, BlobStore blobs, MediaUrls urls) {
        this.files = files;
        this.sender = new MediaSender(blobs);
        this.page = new EmbedPage(urls, assets);
    }

    public void register(RouteTable t) {
        media(t, "/public/hls/{publicPlaybackId}/{segment}", this::hls);
        media(t, "/public/preview/{publicPlaybackId}", ctx -> rendition(ctx, RenditionKind.PREVIEW));
        media(t, "/public/thumbnail/{publicPlaybackId}", ctx -> rendition(ctx, RenditionKind.THUMBNAIL));
        t.get("/embed/{publicPlaybackId}", RouteTable.Access.PUBLIC, null, this::embed);
        t.get("/embed/assets/{asset}", RouteTable.Access.PUBLIC, null, assets::serve);
    }

    private static void media(RouteTable t, String path, Handler h) {
        t.get(path, RouteTable.Access.PUBLIC, null, h);
        t.add(HandlerType.HEAD, path, RouteTable.Access.PUBLIC, null, h);
    }

    /** The published file of the path's playback id, else 404 (malformed, unknown or revoked alike). */
    private FileRecord published(Context ctx) {
        ctx.header("Access-Control-Allow-Origin", "*");
        String id = ctx.pathParam("publicPlaybackId");
        if (!IdPrefix.PLAYBACK.matches(id)) {
            throw ApiException.notFound("Public preview");
        }
        return files.findByPlaybackId(id).orElseThrow(() -> ApiException.notFound("Public preview"));
    }

    private void rendition(Context ctx, RenditionKind kind) throws IOException {
        FileRecord f = published(ctx);
        Rendition r = f.rendition(kind);
        if (!r.isReady()) {
            throw ApiException.notFound("Media"); // e.g. the thumbnail of audio, or still processing
        }
        send(ctx, f, r.blobKey(), r.contentType());
    }

    /** The HLS playlist or one of its segments; the playlist's relative URIs resolve beside it. */
    private void hls(Context ctx) throws IOException {
        FileRecord f = published(ctx);
        Rendition r = f.rendition(RenditionKind.HLS);
        String name = ctx.pathParam("segment");
        if (!r.isReady() || !MediaRoutes.SEGMENT.matcher(name).matches() || name.startsWith(".")) {
            throw ApiException.notFound("Media");
        }
        String key = r.blobKey().substring(0, r.blobKey().lastIndexOf('/') + 1) + name;
        send(ctx, f, key, MediaRoutes.hlsContentType(name));
    }

    private void send(Context ctx, FileRecord f, String key, String contentType) throws IOException {
        ctx.header("Cache-Control", CACHE_CONTROL);
        ctx.header("X-Content-Type-Options", "nosniff");
        sender.send(ctx, key, contentType, MediaRoutes.etag(key, f));
    }

    /** The frameable player page: CSP {@code frame-ancestors *} and deliberately no X-Frame-Options. */
    private void embed(Context ctx) {
        FileRecord f = published(ctx);
        EmbedPage.Options o = EmbedPage.Options.parse(
                ctx.queryParam("autoplay"),
                ctx.queryParam("muted"),
                ctx.queryParam("loop"),
                ctx.queryParam("startTime"));
        ctx.header("Cache-Control", CACHE_CONTROL);
        ctx.header("Content-Security-Policy", page.contentSecurityPolicy());
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(page.render(f, o));
    }
}
