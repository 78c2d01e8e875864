package dev.framewright.server.media;

import static dev.framewright.server.http.Html.escape;

import dev.framewright.contract.FileType;
import dev.framewright.core.files.FileRecord;
import dev.framewright.core.files.Rendition;
import dev.framewright.core.files.RenditionKind;
import java.math.BigDecimal;
import java.net.URI;

/**
 * The embed page of a published file (API.md §10.4): a page that fills its frame and plays VIDEO and
 * AUDIO from the public HLS playlist with the server's own copy of hls.js (native HLS where the
 * browser has it, the preview file as the last resort) and shows IMAGEs directly. All script and
 * style come from {@code /embed/assets/}, so the page works under a strict Content-Security-Policy;
 * OpenGraph tags describe the file for link previews.
 */
final class EmbedPage {
    /** The page's query options; unparseable values fall back to the defaults. */
    record Options(boolean autoplay, boolean muted, boolean loop, double startTime) {
        static Options parse(String autoplay, String muted, String loop, String startTime) {
            return new Options(bool(autoplay), bool(muted), bool(loop), seconds(startTime));
        }

        /** {@code ?autoplay}, {@code ?autoplay=true} and {@code ?autoplay=1} are on; anything else off. */
        private static boolean bool(String v) {
            return v != null && (v.isEmpty() || v.equalsIgnoreCase("true") || v.equals("1"));
        }

        private static double seconds(String v) {
            try {
                double d = v == null ? 0 : Double.parseDouble(v.trim());
                return Double.isFinite(d) && d > 0 ? d : 0;
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }

    private final MediaUrls urls;
    private final StaticAssets assets;

    EmbedPage(MediaUrls urls, StaticAssets assets) {
        this.urls = urls;
        this.assets = assets;
    }

    /**
     * The page's Content-Security-Policy: everything from this server only (by its public origin as
     * well as 'self', for proxies that rewrite the host), blob: for hls.js' media source and worker,
     * and framing by anyone.
     */
    String contentSecurityPolicy() {
        String self = "'self' " + origin(urls.baseUrl());
        return "default-src " + self + "; img-src " + self + " data:; media-src " + self + " blob:; worker-src " + self
                + " blob:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors *";
    }

    String render(FileRecord f, Options o) {
        String play = f.publicPlaybackId();
        String name = f.displayName();
        boolean hasThumbnail = f.rendition(RenditionKind.THUMBNAIL).isReady();
        Rendition preview = f.rendition(RenditionKind.PREVIEW);
        String previewUrl = preview.isReady() ? urls.publicMedia(play, RenditionKind.PREVIEW) : null;
        String thumbnailUrl = hasThumbnail ? urls.publicMedia(play, RenditionKind.THUMBNAIL) : null;

        StringBuilder h = new StringBuilder(2048);
        h.append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>")
                .append(escape(name))
                .append("</title>\n");
        og(h, "og:title", name);
        og(h, "og:type", ogType(f.type()));
        og(h, "og:url", urls.embed(play));
        if (thumbnailUrl != null) {
            og(h, "og:image", thumbnailUrl);
            dimensions(h, "og:image", f.rendition(RenditionKind.THUMBNAIL));
        }
        if (previewUrl != null && (f.type() == FileType.VIDEO || f.type() == FileType.AUDIO)) {
            String prefix = f.type() == FileType.VIDEO ? "og:video" : "og:audio";
            og(h, prefix, previewUrl);
            if (previewUrl.startsWith("https:")) {
                og(h, prefix + ":secure_url", previewUrl);
            }
            og(h, prefix + ":type", preview.contentType());
            if (f.type() == FileType.VIDEO) {
                dimensions(h, prefix, preview);
            }
        }
        h.append("<link rel=\"stylesheet\" href=\"")
                .append(escape(assetUrl("player.css")))
                .append("\">\n");
        if (f.type() == FileType.VIDEO || f.type() == FileType.AUDIO) {
            script(h, "hls.min.js");
            script(h, "player.js");
        }
        h.append("</head>\n<body");
        if (f.type() == FileType.AUDIO) {
            h.append(">\n<p class=\"title\">").append(escape(name)).append("</p>\n");
        } else {
            h.append(">\n");
        }
        switch (f.type()) {
            case VIDEO -> player(h, "video", play, previewUrl, thumbnailUrl, o);
            case AUDIO -> player(h, "audio", play, previewUrl, null, o);
            case IMAGE -> {
                if (previewUrl != null) {
                    h.append("<img id=\"player\" src=\"")
                            .append(escape(previewUrl))
                            .append("\" alt=\"")
                            .append(escape(name))
                            .append("\">\n");
                }
            }
        }
        return h.append("</body>\n</html>\n").toString();
    }

    private void player(StringBuilder h, String tag, String play, String fallback, String poster, Options o) {
        h.append('<').append(tag).append(" id=\"player\" controls playsinline preload=\"metadata\"");
        attr(h, "data-hls", urls.publicMedia(play, RenditionKind.HLS));
        if (fallback != null) {
            attr(h, "data-fallback", fallback);
        }
        if (poster != null) {
            attr(h, "poster", poster);
        }
        if (o.startTime() > 0) {
            attr(
                    h,
                    "data-start",
                    BigDecimal.valueOf(o.startTime()).stripTrailingZeros().toPlainString());
        }
        if (o.autoplay()) {
            h.append(" autoplay data-autoplay");
        }
        if (o.muted()) {
            h.append(" muted data-muted");
        }
        if (o.loop()) {
            h.append(" loop");
        }
        h.append("></").append(tag).append(">\n");
    }

    private void script(StringBuilder h, String asset) {
        h.append("<script src=\"").append(escape(assetUrl(asset))).append("\" defer></script>\n");
    }

    private String assetUrl(String name) {
        return urls.embedAsset(name) + "?v=" + assets.get(name).version();
    }

    private static void og(StringBuilder h, String property, String content) {
        h.append("<meta property=\"")
                .append(property)
                .append("\" content=\"")
                .append(escape(content))
                .append("\">\n");
    }

    private static void dimensions(StringBuilder h, String prefix, Rendition r) {
        if (r.width() != null && r.height() != null) {
            og(h, prefix + ":width", r.width().toString());
            og(h, prefix + ":height", r.height().toString());
        }
    }

    private static void attr(StringBuilder h, String name, String value) {
        h.append(' ').append(name).append("=\"").append(escape(value)).append('"');
    }

    /** OpenGraph object types: a video, a piece of music, or a plain page for images. */
    static String ogType(FileType type) {
        return switch (type) {
            case VIDEO -> "video.other";
            case AUDIO -> "music.song";
            case IMAGE -> "website";
        };
    }

    private static String origin(String baseUrl) {
        URI u = URI.create(baseUrl);
        return u.getScheme() + "://" + u.getHost() + (u.getPort() == -1 ? "" : ":" + u.getPort());
    }
}
