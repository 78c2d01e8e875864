package dev.framewright.server.media;

import dev.framewright.contract.ErrorCode;
import dev.framewright.contract.IdPrefix;
import dev.framewright.core.ApiException;
import dev.framewright.core.Hashing;
import dev.framewright.core.files.BlobStore;
import dev.framewright.core.files.FileRecord;
import dev.framewright.core.files.FileStore;
import dev.framewright.core.files.Rendition;
import dev.framewright.core.files.RenditionKind;
import dev.framewright.server.http.RouteTable;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Signed media URLs (API.md §10.3): {@code /media/<kind>/<fileId>/<exp>/<sig>/<name>} where kind is
 * download, preview, thumbnail or hls; for hls, name is the playlist or one of its segments, which
 * inherit the playlist's signature through relative URIs.
 */
public final class MediaRoutes {
    static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_.-]{1,100}");

    private final MediaUrls urls;
    private final FileStore files;
    private final MediaSender sender;

    public MediaRoutes(MediaUrls urls, FileStore files, BlobStore blobs) {
        this.urls = urls;
        this.files = files;
        this.sender = new MediaSender(blobs);
    }

    public void register(RouteTable t) {
        String path = "/media/{kind}/{fileId}/{expires}/{signature}/{name}";
        t.get(path, RouteTable.Access.PUBLIC, null, this::serve);
        t.add(HandlerType.HEAD, path, RouteTable.Access.PUBLIC, null, this::serve);
    }

    private void serve(Context ctx) throws IOException {
        ctx.header("Access-Control-Allow-Origin", "*");
        RenditionKind kind =
                RenditionKind.fromUrlName(ctx.pathParam("kind")).orElseThrow(() -> ApiException.notFound("Media"));
        String fileId = ctx.pathParam("fileId");
        long exp;
        try {
            exp = Long.parseLong(ctx.pathParam("expires"));
        } catch (NumberFormatException e) {
            throw new ApiException(ErrorCode.INVALID_SIGNATURE, "The URL signature is not valid");
        }
        if (!IdPrefix.FILE.matches(fileId)
                || !urls.verify("GET", MediaUrls.scopePath(kind, fileId), exp, ctx.pathParam("signature"))) {
            throw new ApiException(ErrorCode.INVALID_SIGNATURE, "The URL signature is not valid");
        }
        if (urls.expired(exp)) {
            throw new ApiException(ErrorCode.URL_EXPIRED, "The URL has expired; hydrate the file for a fresh one");
        }
        FileRecord f = files.findById(fileId).orElseThrow(() -> ApiException.notFound("File"));
        Rendition r = f.rendition(kind);
        if (!r.isReady()) {
            throw ApiException.notFound("Media");
        }
        String key = r.blobKey();
        String contentType = r.contentType();
        if (kind == RenditionKind.HLS) {
            String name = ctx.pathParam("name");
            if (!SEGMENT.matcher(name).matches() || name.startsWith(".")) {
                throw ApiException.notFound("Media");
            }
            key = key.substring(0, key.lastIndexOf('/') + 1) + name;
            contentType = hlsContentType(name);
        }
        ctx.header(
                "Cache-Control",
                "private, max-age=" + Math.max(0, exp - java.time.Instant.now().getEpochSecond()));
        if (kind == RenditionKind.DOWNLOAD) {
            ctx.header("Content-Disposition", attachment(f.displayName(), MediaUrls.extension(contentType)));
        }
        sender.send(ctx, key, contentType, etag(key, f));
    }

    static String hlsContentType(String name) {
        if (name.endsWith(".m3u8")) {
            return "application/vnd.apple.mpegurl";
        }
        if (name.endsWith(".ts")) {
            return "video/mp2t";
        }
        if (name.endsWith(".aac")) {
            return "audio/aac";
        }
        return "video/mp4";
    }

    /** A strong ETag of a stored object: its key and the file's content hash and creation time. */
    static String etag(String key, FileRecord f) {
        String basis = key + ":" + (f.sha256() == null ? "" : f.sha256()) + ":"
                + f.createdAt().toEpochMilli();
        return "\"" + Hashing.sha256Hex(basis).substring(0, 32) + "\"";
    }

    /** {@code attachment; filename="<ascii name>.<ext>"; filename*=UTF-8''<encoded>} (RFC 6266). */
    static String attachment(String displayName, String ext) {
        String base = displayName.replaceAll("\\.[A-Za-z0-9]{1,5}$", "");
        String ascii = base.replaceAll("[^\\x20-\\x7e]", "_")
                .replaceAll("[\"\\\\/;]", "_")
                .strip();
        if (ascii.isEmpty()) {
            ascii = "download";
        }
        String encoded =
                URLEncoder.encode(base + "." + ext, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "." + ext + "\"; filename*=UTF-8''" + encoded;
    }
}
