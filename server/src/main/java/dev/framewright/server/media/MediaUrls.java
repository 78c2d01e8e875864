package dev.framewright.server.media;

import dev.framewright.core.files.FileRecord;
import dev.framewright.core.files.Rendition;
import dev.framewright.core.files.RenditionKind;
import dev.framewright.core.files.UrlSigner;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Mints and checks the server's own signed URLs (API.md §10.3): media at
 * {@code /media/<kind>/<fileId>/<exp>/<sig>/<name>}, private HLS at
 * {@code /media/hls/<fileId>/<exp>/<sig>/index.m3u8} (segments inherit the signature through relative
 * URIs) and uploads at {@code /upload/<fileId>/<exp>/<sig>}. The HMAC covers method, path up to the
 * file id, and expiry.
 */
public final class MediaUrls {
    /** A signed URL and its expiry in Unix seconds. */
    public record SignedUrl(String url, long expiresAt) {}

    /**
     * URLs signed by the blob store itself (presigned S3 URLs in scale mode): clients then move bytes
     * straight to and from the bucket instead of through a node.
     */
    public interface DirectLinks {
        /** A GET of {@code key} valid for {@code ttl}, answered with these headers. */
        String get(String key, Duration ttl, String contentType, String contentDisposition);

        /** A PUT of {@code key} valid for {@code ttl}. */
        String put(String key, Duration ttl);
    }

    private final UrlSigner signer;
    private final Supplier<String> baseUrl;
    private final Duration ttl;
    private final Clock clock;
    private final DirectLinks direct;

    public MediaUrls(UrlSigner signer, Supplier<String> baseUrl, Duration ttl, Clock clock) {
        this(signer, baseUrl, ttl, clock, null);
    }

    /**
     * @param direct when set, downloads, previews and thumbnails and the upload URL are the blob store's
     *     own presigned URLs; HLS stays on {@code /media/hls/…} (its segments are relative to the playlist)
     */
    public MediaUrls(UrlSigner signer, Supplier<String> baseUrl, Duration ttl, Clock clock, DirectLinks direct) {
        this.signer = signer;
        this.baseUrl = baseUrl;
        this.ttl = ttl;
        this.clock = clock;
        this.direct = direct;
    }

    /** A fresh signed URL of a ready rendition. */
    public SignedUrl media(FileRecord f, RenditionKind kind) {
        long exp = clock.instant().plus(ttl).getEpochSecond();
        if (direct != null && kind != RenditionKind.HLS) {
            Rendition r = f.rendition(kind);
            String disposition = kind == RenditionKind.DOWNLOAD
                    ? MediaRoutes.attachment(f.displayName(), extension(r.contentType()))
                    : null;
            return new SignedUrl(direct.get(r.blobKey(), ttl, r.contentType(), disposition), exp);
        }
        String scope = scopePath(kind, f.id());
        String sig = signer.sign("GET", scope, exp);
        String tail = kind == RenditionKind.HLS ? "index.m3u8" : fileName(f, kind);
        return new SignedUrl(baseUrl.get() + scope + "/" + exp + "/" + sig + "/" + tail, exp);
    }

    /** The upload URL of a pending file, valid until {@code expires}. */
    public String upload(String fileId, Instant expires) {
        long exp = expires.getEpochSecond();
        if (direct != null) {
            Duration left = Duration.between(clock.instant(), expires);
            return direct.put("incoming/" + fileId, left.isNegative() || left.isZero() ? Duration.ofSeconds(1) : left);
        }
        String scope = "/upload/" + fileId;
        return baseUrl.get() + scope + "/" + exp + "/" + signer.sign("PUT", scope, exp);
    }

    /** The absolute public URL of a published file's {@code kind}: preview, thumbnail or hls playlist (§10.4). */
    public String publicMedia(String playbackId, RenditionKind kind) {
        return switch (kind) {
            case HLS -> baseUrl.get() + "/public/hls/" + playbackId + "/index.m3u8";
            case PREVIEW, THUMBNAIL -> baseUrl.get() + "/public/" + kind.urlName() + "/" + playbackId;
            case DOWNLOAD -> throw new IllegalArgumentException("downloads are never public");
        };
    }

    /** The absolute URL of a published file's embed page (§10.4). */
    public String embed(String playbackId) {
        return baseUrl.get() + "/embed/" + playbackId;
    }

    /** The absolute URL of a static asset of the embed page, e.g. {@code hls.min.js}. */
    public String embedAsset(String name) {
        return baseUrl.get() + "/embed/assets/" + name;
    }

    /** The base of every handed-out URL ({@code publicBaseUrl}), without a trailing slash. */
    public String baseUrl() {
        return baseUrl.get();
    }

    /** The signed scope of a media URL: {@code /media/<kind>/<fileId>}. */
    public static String scopePath(RenditionKind kind, String fileId) {
        return "/media/" + kind.urlName() + "/" + fileId;
    }

    public boolean verify(String method, String scope, long exp, String signature) {
        return signer.verify(method, scope, exp, signature);
    }

    public boolean expired(long exp) {
        return clock.instant().getEpochSecond() > exp;
    }

    /** {@code <displayName>.<ext>} made safe for a URL path segment. */
    static String fileName(FileRecord f, RenditionKind kind) {
        Rendition r = f.rendition(kind);
        String base = f.displayName().replaceAll("\\.[A-Za-z0-9]{1,5}$", "");
        return URLEncoder.encode(base, StandardCharsets.UTF_8).replace("+", "%20") + "." + extension(r.contentType());
    }

    /** The usual extension of a content type. */
    public static String extension(String contentType) {
        if (contentType == null) {
            return "bin";
        }
        return switch (contentType.toLowerCase(Locale.ROOT)) {
            case "image/png" -> "png";
            case "image/jpeg" -> "jpg";
            case "image/webp" -> "webp";
            case "image/gif" -> "gif";
            case "image/svg+xml" -> "svg";
            case "video/mp4" -> "mp4";
            case "video/quicktime" -> "mov";
            case "video/webm" -> "webm";
            case "audio/wav", "audio/x-wav", "audio/wave" -> "wav";
            case "audio/mpeg" -> "mp3";
            case "audio/ogg" -> "ogg";
            case "audio/mp4", "audio/aac" -> "m4a";
            case "audio/flac" -> "flac";
            case "application/vnd.apple.mpegurl" -> "m3u8";
            default -> "bin";
        };
    }
}
