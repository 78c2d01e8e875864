package dev.framewright.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewright.server.http.Json;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Public previews over HTTP (API.md §3.8, §10.4): enable/disable and their ids, every public path
 * with media semantics, revocation, and the embed page's headers, OpenGraph tags, escaping and
 * options.
 */
class PublicPreviewTest {
    private static final Pattern PLAYBACK_ID = Pattern.compile("vg_play_[A-Za-z0-9_-]{22}");

    @TempDir
    static Path data;

    static TestServer s;

    @BeforeAll
    static void start() throws Exception {
        s = TestServer.start(data);
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    /** Uploads {@code bytes} and waits until {@code ready} holds for the file. */
    static String upload(TestServer server, byte[] bytes, String name, Predicate<JsonNode> ready) throws Exception {
        String body = Json.MAPPER.createObjectNode().put("displayName", name).toString();
        TestServer.Res created = server.post("/v1/files/upload", body);
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        String fileId = created.json().get("fileId").asText();
        TestServer.Res put = server.send(HttpRequest.newBuilder(
                        server.uri(created.json().get("uploadUrl").asText()))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)));
        assertThat(put.status()).isEqualTo(200);
        server.await("/v1/files/" + fileId, ready, Duration.ofSeconds(60));
        return fileId;
    }

    static boolean allSettled(JsonNode f) {
        for (String source : List.of("downloadSource", "previewSource", "thumbnailSource", "hlsSource")) {
            if (f.path(source).path("status").asText().equals("pending")) {
                return false;
            }
        }
        return true;
    }

    private static String image(String name) throws Exception {
        return upload(s, Media.png(64, 48), name, PublicPreviewTest::allSettled);
    }

    private static JsonNode enable(String fileId) {
        TestServer.Res r = s.postEmpty("/v1/files/" + fileId + "/enable-public-preview");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static JsonNode disable(String fileId) {
        TestServer.Res r = s.postEmpty("/v1/files/" + fileId + "/disable-public-preview");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    /** A request without any credentials, as a browser or a player sends it. */
    private static TestServer.Res anonymous(String pathOrUrl) {
        return s.send(HttpRequest.newBuilder(s.uri(pathOrUrl)));
    }

    private static TestServer.Res anonymous(String pathOrUrl, String header, String value) {
        return s.send(HttpRequest.newBuilder(s.uri(pathOrUrl)).header(header, value));
    }

    private static HttpResponse<byte[]> bytes(String url) throws Exception {
        return s.http.send(HttpRequest.newBuilder(s.uri(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void assertNotFound(String pathOrUrl) {
        TestServer.Res r = anonymous(pathOrUrl);
        assertThat(r.status()).as(pathOrUrl).isEqualTo(404);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        assertThat(r.code()).isEqualTo("not_found");
    }

    private static void assertPublicCaching(TestServer.Res r) {
        assertThat(r.header("Access-Control-Allow-Origin")).isEqualTo("*");
        Matcher m = Pattern.compile("public, max-age=(\\d+)").matcher(r.header("Cache-Control"));
        assertThat(m.matches()).as(r.header("Cache-Control")).isTrue();
        assertThat(Integer.parseInt(m.group(1))).isBetween(1, 60);
    }

    @Test
    void enableIssuesAnIdKeepsItWhileEnabledAndANewOneAfterADisable() throws Exception {
        String fileId = image("enable.png");
        JsonNode before = s.get("/v1/files/" + fileId).json();
        assertThat(before.get("isPublicPreviewEnabled").asBoolean()).isFalse();
        assertThat(before.get("publicPlaybackId").isNull()).isTrue();
        assertThat(before.get("staticPublicPreviewSource").isNull()).isTrue();

        JsonNode enabled = enable(fileId);
        String first = enabled.get("publicPlaybackId").asText();
        assertThat(first).matches(PLAYBACK_ID);
        assertThat(enabled.get("isPublicPreviewEnabled").asBoolean()).isTrue();
        assertThat(enabled.get("publicHlsUrl").isNull()).as("no HLS for images").isTrue();
        JsonNode stat = enabled.get("staticPublicPreviewSource");
        JsonNode preview = enabled.get("previewSource");
        assertThat(stat.get("status").asText()).isEqualTo("ready");
        assertThat(stat.get("url").asText()).isEqualTo(s.base() + "/public/preview/" + first);
        assertThat(stat.get("expiresAt").isNull()).isTrue();
        assertThat(stat.get("width")).isEqualTo(preview.get("width"));
        assertThat(stat.get("height")).isEqualTo(preview.get("height"));
        assertThat(stat.get("fileBytes")).isEqualTo(preview.get("fileBytes"));
        assertThat(s.get("/v1/files/" + fileId).json().get("publicPlaybackId").asText())
                .isEqualTo(first);

        assertThat(enable(fileId).get("publicPlaybackId").asText())
                .as("kept while enabled")
                .isEqualTo(first);

        JsonNode disabled = disable(fileId);
        assertThat(disabled.get("isPublicPreviewEnabled").asBoolean()).isFalse();
        assertThat(disabled.get("publicPlaybackId").isNull()).isTrue();
        assertThat(disabled.get("publicHlsUrl").isNull()).isTrue();
        assertThat(disabled.get("staticPublicPreviewSource").isNull()).isTrue();
        assertThat(disable(fileId).get("isPublicPreviewEnabled").asBoolean()).isFalse();

        String second = enable(fileId).get("publicPlaybackId").asText();
        assertThat(second).matches(PLAYBACK_ID).isNotEqualTo(first);
        assertNotFound("/public/preview/" + first);
        assertThat(anonymous("/public/preview/" + second).status()).isEqualTo(200);
    }

    @Test
    void enableNeedsAReadyNonArchivedFile() throws Exception {
        TestServer.Res created = s.post("/v1/files/upload", "{\"displayName\":\"pending.png\"}");
        String pending = created.json().get("fileId").asText();
        TestServer.Res notReady = s.postEmpty("/v1/files/" + pending + "/enable-public-preview");
        assertThat(notReady.status()).isEqualTo(400);
        assertThat(notReady.code()).isEqualTo("invalid_parameters");
        assertThat(notReady.json().get("message").asText()).isEqualTo("fileId: file is not ready");

        String archived = image("archived.png");
        assertThat(s.postEmpty("/v1/files/" + archived + "/archive").status()).isEqualTo(200);
        TestServer.Res refused = s.postEmpty("/v1/files/" + archived + "/enable-public-preview");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("message").asText()).isEqualTo("fileId: file is archived");
        assertThat(disable(archived).get("isPublicPreviewEnabled").asBoolean()).isFalse();

        for (String op : List.of("enable-public-preview", "disable-public-preview")) {
            assertThat(s.postEmpty("/v1/files/vg_exec_0000000000000000000000/" + op)
                            .code())
                    .isEqualTo("invalid_id");
            assertThat(s.postEmpty("/v1/files/vg_file_0000000000000000000000/" + op)
                            .status())
                    .isEqualTo(404);
        }
    }

    @Test
    void anArchivedFileKeepsItsPublicPreview() throws Exception {
        String fileId = image("kept.png");
        String play = enable(fileId).get("publicPlaybackId").asText();
        assertThat(s.postEmpty("/v1/files/" + fileId + "/archive").status()).isEqualTo(200);
        assertThat(s.get("/v1/files/" + fileId).json().get("publicPlaybackId").asText())
                .isEqualTo(play);
        assertThat(anonymous("/public/preview/" + play).status()).isEqualTo(200);
        assertThat(anonymous("/embed/" + play).status()).isEqualTo(200);
    }

    @Test
    void imagePreviewAndThumbnailAreMediaResponsesUntilDisabled() throws Exception {
        String fileId = image("media.png");
        JsonNode file = enable(fileId);
        String play = file.get("publicPlaybackId").asText();
        String preview = "/public/preview/" + play;
        String thumbnail = "/public/thumbnail/" + play;

        HttpResponse<byte[]> signed = bytes(file.get("previewSource").get("url").asText());
        HttpResponse<byte[]> pub = bytes(preview);
        assertThat(pub.statusCode()).isEqualTo(200);
        assertThat(pub.body()).isEqualTo(signed.body());
        assertThat(pub.headers().firstValue("Content-Type"))
                .isEqualTo(signed.headers().firstValue("Content-Type"));
        HttpResponse<byte[]> thumb = bytes(thumbnail);
        assertThat(thumb.statusCode()).isEqualTo(200);
        assertThat(thumb.body())
                .isEqualTo(
                        bytes(file.get("thumbnailSource").get("url").asText()).body());

        int size = pub.body().length;
        for (String path : List.of(preview, thumbnail)) {
            TestServer.Res full = anonymous(path);
            assertThat(full.status()).isEqualTo(200);
            assertPublicCaching(full);
            assertThat(full.header("Accept-Ranges")).isEqualTo("bytes");
            assertThat(full.header("Content-Type")).startsWith("image/");
            String etag = full.header("ETag");
            assertThat(etag).startsWith("\"");
            TestServer.Res cached = anonymous(path, "If-None-Match", etag);
            assertThat(cached.status()).isEqualTo(304);
            assertThat(cached.header("Cache-Control")).isEqualTo(full.header("Cache-Control"));
            TestServer.Res head =
                    s.send(HttpRequest.newBuilder(s.uri(path)).method("HEAD", HttpRequest.BodyPublishers.noBody()));
            assertThat(head.status()).isEqualTo(200);
            assertThat(head.header("Content-Length")).isEqualTo(full.header("Content-Length"));
            assertThat(head.body()).isEmpty();
        }
        TestServer.Res range = anonymous(preview, "Range", "bytes=0-9");
        assertThat(range.status()).isEqualTo(206);
        assertThat(range.header("Content-Range")).isEqualTo("bytes 0-9/" + size);
        assertThat(range.header("Content-Length")).isEqualTo("10");
        TestServer.Res past = anonymous(preview, "Range", "bytes=" + size + "-");
        assertThat(past.status()).isEqualTo(416);
        assertThat(past.header("Content-Range")).isEqualTo("bytes */" + size);
        assertNotFound("/public/hls/" + play + "/index.m3u8"); // images have no HLS

        JsonNode off = disable(fileId);
        for (String path : List.of(preview, thumbnail, "/public/hls/" + play + "/index.m3u8", "/embed/" + play)) {
            assertNotFound(path);
        }
        assertThat(bytes(off.get("previewSource").get("url").asText()).statusCode())
                .isEqualTo(200);
        assertThat(bytes(off.get("downloadSource").get("url").asText()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void videoPlaysFromThePublicPlaylistWithRelativeSegments() throws Exception {
        String fileId = upload(
                s,
                Media.mp4(2),
                "clip.mp4",
                f -> f.path("hlsSource").path("status").asText().equals("ready") && allSettled(f));
        JsonNode file = enable(fileId);
        String play = file.get("publicPlaybackId").asText();
        assertThat(file.get("publicHlsUrl").asText()).isEqualTo(s.base() + "/public/hls/" + play + "/index.m3u8");

        TestServer.Res playlist = anonymous(file.get("publicHlsUrl").asText());
        assertThat(playlist.status()).isEqualTo(200);
        assertThat(playlist.header("Content-Type")).startsWith("application/vnd.apple.mpegurl");
        assertPublicCaching(playlist);
        assertThat(playlist.body()).startsWith("#EXTM3U");
        List<String> segments = playlist.body()
                .lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .toList();
        assertThat(segments).isNotEmpty().allSatisfy(uri -> assertThat(uri).doesNotContain("/", ":"));
        for (String segment : segments) {
            HttpResponse<byte[]> seg = bytes("/public/hls/" + play + "/" + segment);
            assertThat(seg.statusCode()).as(segment).isEqualTo(200);
            assertThat(seg.headers().firstValue("Content-Type").orElseThrow()).matches("video/(mp2t|mp4)");
            assertThat(seg.body()).isNotEmpty();
        }
        TestServer.Res partial = anonymous("/public/hls/" + play + "/" + segments.get(0), "Range", "bytes=0-187");
        assertThat(partial.status()).isEqualTo(206);
        assertThat(partial.header("Content-Length")).isEqualTo("188");
        assertNotFound("/public/hls/" + play + "/nope.ts");
        assertNotFound("/public/hls/" + play + "/..index.m3u8");

        assertThat(anonymous("/public/preview/" + play).header("Content-Type")).isEqualTo("video/mp4");
        assertThat(anonymous("/public/thumbnail/" + play).header("Content-Type"))
                .startsWith("image/");

        String page = anonymous("/embed/" + play).body();
        assertThat(page)
                .contains("<video id=\"player\"")
                .contains("data-hls=\"" + s.base() + "/public/hls/" + play + "/index.m3u8\"")
                .contains("poster=\"" + s.base() + "/public/thumbnail/" + play + "\"")
                .contains("data-fallback=\"" + s.base() + "/public/preview/" + play + "\"")
                .contains(og("og:type", "video.other"))
                .contains(og("og:video", s.base() + "/public/preview/" + play))
                .contains(og("og:video:type", "video/mp4"))
                .contains(og("og:image", s.base() + "/public/thumbnail/" + play))
                .containsPattern("<script src=\"" + Pattern.quote(s.base()) + "/embed/assets/hls\\.min\\.js\\?v=\\w+\"")
                .containsPattern("<script src=\"" + Pattern.quote(s.base()) + "/embed/assets/player\\.js\\?v=\\w+\"");

        disable(fileId);
        assertNotFound(file.get("publicHlsUrl").asText());
        assertNotFound("/public/hls/" + play + "/" + segments.get(0));
        assertThat(anonymous(file.get("hlsSource").get("url").asText()).status())
                .as("signed HLS keeps working")
                .isEqualTo(200);
    }

    @Test
    void audioHasAPlaylistAndAnAudioPlayerButNoThumbnail() throws Exception {
        String fileId = upload(
                s,
                Media.wav(1.5),
                "tone.wav",
                f -> f.path("hlsSource").path("status").asText().equals("ready") && allSettled(f));
        JsonNode file = enable(fileId);
        String play = file.get("publicPlaybackId").asText();
        assertThat(file.get("publicHlsUrl").asText()).isEqualTo(s.base() + "/public/hls/" + play + "/index.m3u8");
        assertThat(anonymous(file.get("publicHlsUrl").asText()).status()).isEqualTo(200);
        assertThat(anonymous("/public/preview/" + play).header("Content-Type")).startsWith("audio/");
        assertNotFound("/public/thumbnail/" + play);

        String page = anonymous("/embed/" + play).body();
        assertThat(page)
                .contains("<audio id=\"player\"")
                .contains(og("og:type", "music.song"))
                .contains(og("og:audio", s.base() + "/public/preview/" + play))
                .doesNotContain("og:image", "poster=", "<video");

        String withOptions = anonymous("/embed/" + play + "?autoplay=true&muted=1&loop&startTime=12.5")
                .body();
        assertThat(withOptions)
                .contains(" autoplay data-autoplay")
                .contains(" muted data-muted")
                .contains(" loop")
                .contains("data-start=\"12.5\"");
        String without = anonymous("/embed/" + play + "?autoplay=false&muted=0&startTime=abc")
                .body();
        assertThat(without).doesNotContain("autoplay", "muted", " loop", "data-start");
    }

    @Test
    void theEmbedPageIsFrameableEscapedAndLoadsOnlyFromThisServer() throws Exception {
        String name = "<b>\"Tom\" & 'Jerry'</b>.png";
        String fileId = image(name);
        String play = enable(fileId).get("publicPlaybackId").asText();

        TestServer.Res r = anonymous("/embed/" + play);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type").replace(" ", "")).isEqualTo("text/html;charset=utf-8");
        assertThat(r.header("X-Frame-Options")).isNull();
        String csp = r.header("Content-Security-Policy");
        assertThat(csp).contains("frame-ancestors *").contains("default-src 'self'");
        assertThat(csp).doesNotContain("unsafe-inline", "unsafe-eval");
        assertPublicCaching(r);

        String page = r.body();
        String escaped = "&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;.png";
        assertThat(page)
                .contains("<title>" + escaped + "</title>")
                .contains(og("og:title", escaped))
                .contains(og("og:type", "website"))
                .contains(og("og:url", s.base() + "/embed/" + play))
                .contains(og("og:image", s.base() + "/public/thumbnail/" + play))
                .contains("<img id=\"player\" src=\"" + s.base() + "/public/preview/" + play + "\" alt=\"" + escaped
                        + "\">")
                .doesNotContain("<b>", "\"Tom\"", "<script>", "style=");
        Matcher urls = Pattern.compile("(?:src|href|content|poster|data-[a-z]+)=\"(\\w+:[^\"]*)\"")
                .matcher(page);
        int seen = 0;
        while (urls.find()) {
            assertThat(urls.group(1)).as("every URL is this server's").startsWith(s.base() + "/");
            seen++;
        }
        assertThat(seen).isGreaterThanOrEqualTo(4);
    }

    @Test
    void theEmbedAssetsAreServedFromTheJar() {
        for (String asset : List.of("hls.min.js", "player.js", "player.css")) {
            TestServer.Res r = anonymous("/embed/assets/" + asset);
            assertThat(r.status()).as(asset).isEqualTo(200);
            assertThat(r.header("Content-Type")).startsWith(asset.endsWith(".css") ? "text/css" : "text/javascript");
            assertThat(r.header("Access-Control-Allow-Origin")).isEqualTo("*");
            assertThat(r.body()).isNotEmpty();
            assertThat(anonymous("/embed/assets/" + asset, "If-None-Match", r.header("ETag"))
                            .status())
                    .isEqualTo(304);
        }
        assertThat(anonymous("/embed/assets/hls.min.js").body()).contains("MANIFEST_PARSED");
        assertNotFound("/embed/assets/nope.js");
    }

    @Test
    void unknownAndMalformedPlaybackIdsAre404WithoutAuth() {
        String unknown = "vg_play_AAAAAAAAAAAAAAAAAAAAAA";
        for (String path : List.of(
                "/public/preview/" + unknown,
                "/public/thumbnail/" + unknown,
                "/public/hls/" + unknown + "/index.m3u8",
                "/embed/" + unknown,
                "/public/preview/vg_file_0000000000000000000000",
                "/public/hls/not-an-id/index.m3u8",
                "/embed/%3Cscript%3E")) {
            assertNotFound(path);
        }
    }

    private static String og(String property, String content) {
        return "<meta property=\"" + property + "\" content=\"" + content + "\">";
    }
}
