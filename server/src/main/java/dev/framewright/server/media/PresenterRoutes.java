package dev.framewright.server.media;

import dev.framewright.core.ApiException;
import dev.framewright.engines.avatar.AvatarTool;
import dev.framewright.engines.avatar.Presenter;
import dev.framewright.engines.avatar.PresenterCatalog;
import dev.framewright.engines.avatar.PresenterGallery;
import dev.framewright.server.http.RouteTable;
import dev.framewright.storage.LocalDiskBlobStore;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The presenters' public media (API.md §4.1, §7.4): no auth and no expiry. Each item is rendered by
 * the avatar engine on first request and then read from {@code <data>/presenters}; it answers like
 * other media (ETag, Range, HEAD). A presenter that is not listed (unknown, or the avatar engine is
 * unavailable) is a 404.
 */
public final class PresenterRoutes {
    /** The items never change for one renderer version (which is part of the ETag and the cache folder). */
    static final String CACHE_CONTROL = "public, max-age=86400";

    private final PresenterCatalog catalog;
    private final PresenterGallery gallery;
    private final Path cacheDir;
    private final MediaSender sender;

    public PresenterRoutes(PresenterCatalog catalog, Path cacheDir) {
        this.catalog = catalog;
        this.cacheDir = cacheDir;
        this.gallery = new PresenterGallery(cacheDir);
        this.sender = new MediaSender(new LocalDiskBlobStore(cacheDir));
    }

    /** The absolute URL of one item, as listed in {@code GET /v1/resources/avatar-presenters}. */
    public static String url(String baseUrl, String presenterId, PresenterGallery.Item item) {
        return baseUrl + "/presenters/" + presenterId + "/" + item.fileName;
    }

    public void register(RouteTable t) {
        for (PresenterGallery.Item item : PresenterGallery.Item.values()) {
            String path = "/presenters/{avatarPresenterId}/" + item.fileName;
            t.get(path, RouteTable.Access.PUBLIC, null, ctx -> send(ctx, item));
            t.add(HandlerType.HEAD, path, RouteTable.Access.PUBLIC, null, ctx -> send(ctx, item));
        }
    }

    private void send(Context ctx, PresenterGallery.Item item) throws Exception {
        ctx.header("Access-Control-Allow-Origin", "*");
        Presenter p = catalog.presenter(ctx.pathParam("avatarPresenterId"))
                .orElseThrow(() -> ApiException.notFound("Presenter"));
        Path file = gallery.file(p, item);
        String key = cacheDir.relativize(file).toString().replace('\\', '/');
        String etag = "\"" + p.id() + "-" + item.name().toLowerCase(java.util.Locale.ROOT) + "-" + AvatarTool.VERSION
                + "-" + Files.size(file) + "\"";
        ctx.header("Cache-Control", CACHE_CONTROL);
        sender.send(ctx, key, item.contentType, etag);
    }
}
