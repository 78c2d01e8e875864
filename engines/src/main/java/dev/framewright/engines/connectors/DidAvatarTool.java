package dev.framewright.engines.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewright.contract.ErrorCode;
import dev.framewright.contract.FileType;
import dev.framewright.contract.ToolType;
import dev.framewright.core.executions.EngineInfo;
import dev.framewright.core.executions.Tool;
import dev.framewright.core.executions.ToolContext;
import dev.framewright.core.executions.ToolFailure;
import dev.framewright.core.executions.ToolOutput;
import dev.framewright.engines.avatar.Presenter;
import dev.framewright.engines.avatar.PresenterGallery;
import dev.framewright.engines.avatar.Presenters;
import dev.framewright.engines.media.Watermark;
import dev.framewright.engines.process.Subprocess;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.imageio.ImageIO;

/**
 * {@code generate-avatar} through D-ID's talks API. The presenter's portrait (the same 512² image the
 * catalogue serves) goes up with {@code POST /images} and the audio with {@code POST /audios} (both
 * multipart), then {@code POST /talks} {@code {source_url, script: {type: "audio", audio_url}}} makes
 * the clip; {@code GET /talks/{id}} is polled through {@code created} and {@code started} until
 * {@code done} (then {@code result_url} is streamed in, capped) or {@code error}/{@code rejected}
 * (then the talk's own error becomes the execution's). A cancel or timeout sends {@code DELETE
 * /talks/{id}}. The key goes as {@code Authorization: Basic <key>}, exactly as D-ID issues it, and only
 * to D-ID's API host. The clip is then remuxed by ffmpeg (which refuses anything that is not a video)
 * into MP4, re-encoded with the watermark over it when the team has one.
 */
public final class DidAvatarTool implements Tool {
    public static final String ENGINE = "d-id";
    /** Largest clip accepted from D-ID. */
    public static final long DEFAULT_MAX_BYTES = 512L << 20;

    static final Duration POLL = Duration.ofSeconds(1);
    private static final Map<String, String> AUDIO_EXTENSIONS = Map.of(
            "audio/mpeg", "mp3",
            "audio/mp3", "mp3",
            "audio/wav", "wav",
            "audio/x-wav", "wav",
            "audio/wave", "wav",
            "audio/mp4", "m4a",
            "audio/x-m4a", "m4a",
            "audio/ogg", "ogg",
            "audio/flac", "flac");

    private final Endpoint endpoint;
    private final Outbound outbound;
    private final Watermark watermark;
    private final long maxBytes;

    public DidAvatarTool(Endpoint endpoint, Outbound outbound, Watermark watermark, long maxBytes) {
        this.endpoint = endpoint;
        this.outbound = outbound;
        this.watermark = watermark;
        this.maxBytes = maxBytes;
    }

    @Override
    public ToolType type() {
        return ToolType.GENERATE_AVATAR;
    }

    @Override
    public EngineInfo probe() {
        if (!endpoint.configured()) {
            return EngineInfo.unavailable(ENGINE, null, null, "not configured (set FRAMEWRIGHT_DID_KEY)");
        }
        if (Subprocess.which("ffmpeg").isEmpty()) {
            return EngineInfo.unavailable(
                    ENGINE, null, null, "ffmpeg is not installed (it checks and remuxes the clip)");
        }
        return EngineInfo.available(
                ENGINE,
                "remote",
                "the service's own terms",
                new java.util.TreeMap<>(Map.of(
                        "kind",
                        "connector to D-ID (a remote talking-head model)",
                        "host",
                        String.valueOf(endpoint.baseUrl().getHost()),
                        "presenters",
                        "the built-in presenters' portraits, animated by D-ID")));
    }

    @Override
    public ToolOutput run(ToolContext ctx) throws ToolFailure, InterruptedException {
        JsonNode in = ctx.input();
        String presenterId = in.path("avatarPresenterId").asText();
        Presenter presenter = Presenters.find(presenterId)
                .orElseThrow(() -> ToolFailure.inputInvalid("The presenter " + presenterId + " does not exist"));
        String audioId = in.path("audioStorageFileId").asText();
        Remote remote = new Remote(outbound, ctx, "D-ID", endpoint.timeout());
        Path portrait = ctx.scratchDir().resolve("presenter.png");
        Path audio;
        try {
            ImageIO.write(PresenterGallery.portrait(presenter, 512), "png", portrait.toFile());
            audio = ctx.inputPath(audioId);
        } catch (IOException e) {
            throw new ToolFailure(ErrorCode.INTERNAL_ERROR, "The presenter or the audio could not be read", true, e);
        }
        ctx.progress(0.02);
        String imageUrl =
                upload(remote, "/images", "image", "presenter-" + presenter.id() + ".png", "image/png", portrait);
        String ext = audioExtension(ctx.inputFile(audioId).contentType(), audio);
        String audioUrl = upload(remote, "/audios", "audio", "audio." + ext, mime(ext), audio);
        ctx.progress(0.08);

        ObjectNode body = Remote.JSON.createObjectNode().put("source_url", imageUrl);
        body.putObject("script").put("type", "audio").put("audio_url", audioUrl);
        body.putObject("config").put("result_format", "mp4");
        JsonNode talk = remote.json(request(endpoint.resolve("/talks"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        String id = talk.path("id").asText(null);
        if (id == null || id.isBlank()) {
            throw ToolFailure.engineFailed("D-ID did not create the talk");
        }
        URI self = endpoint.resolve("/talks/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
        Path raw = ctx.scratchDir().resolve("remote.mp4");
        boolean finished = false;
        try {
            for (int polls = 0; ; polls++) {
                String status = talk.path("status").asText();
                if (status.equals("done")) {
                    finished = true;
                    String result = talk.path("result_url").asText(null);
                    if (result == null) {
                        throw ToolFailure.engineFailed("D-ID finished the talk without a result_url");
                    }
                    remote.download(request(URI.create(result)).GET(), raw, maxBytes);
                    break;
                }
                if (status.equals("error") || status.equals("rejected")) {
                    finished = true;
                    throw ToolFailure.engineFailed("D-ID's talk " + (status.equals("error") ? "failed" : "was rejected")
                            + reason(talk.path("error")));
                }
                ctx.progress(Math.min(0.8, 0.1 + polls * 0.02));
                remote.pause(POLL);
                talk = remote.json(request(self).GET());
            }
        } catch (ToolFailure | InterruptedException e) {
            if (!finished) {
                delete(self);
            }
            throw e;
        }
        remote.check();
        ctx.progress(0.85);
        Path out = ctx.scratchDir().resolve("avatar.mp4");
        finish(raw, out, ctx, remote);
        ctx.progress(1.0);
        return new ToolOutput(
                out,
                FileType.VIDEO,
                "video/mp4",
                "mp4",
                null,
                "Avatar by D-ID (talks API) through the " + ENGINE + " connector: presenter " + presenter.name() + " ("
                        + presenter.id() + ") speaking the given audio; talk " + id + ".");
    }

    /** D-ID's {@code error} object ({@code kind}, {@code description}), or text. */
    private static String reason(JsonNode error) {
        String text = error.isTextual()
                ? error.asText()
                : error.path("description").asText(error.path("kind").asText(""));
        return text.isBlank() ? "" : ": " + ProviderErrors.message(text.getBytes(StandardCharsets.UTF_8));
    }

    private String upload(Remote remote, String path, String field, String name, String type, Path file)
            throws ToolFailure, InterruptedException {
        Multipart form = new Multipart();
        try {
            form.file(field, name, type, file);
        } catch (IOException e) {
            throw new ToolFailure(ErrorCode.INTERNAL_ERROR, "The " + field + " could not be read", true, e);
        }
        JsonNode r = remote.json(request(endpoint.resolve(path))
                .header("Content-Type", form.contentType())
                .POST(form.publisher()));
        String url = r.path("url").asText(null);
        if (url == null || url.isBlank()) {
            throw ToolFailure.engineFailed("D-ID did not accept the " + field + " (no url in its answer)");
        }
        return url;
    }

    /** The audio's extension: from its stored content type, else from its first bytes; mp3 otherwise. */
    static String audioExtension(String contentType, Path file) {
        String t = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (AUDIO_EXTENSIONS.containsKey(t)) {
            return AUDIO_EXTENSIONS.get(t);
        }
        byte[] head = new byte[12];
        try (var in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, head.length);
            String s = new String(head, 0, n, StandardCharsets.ISO_8859_1);
            if (s.startsWith("RIFF") && s.length() >= 12 && s.substring(8, 12).equals("WAVE")) {
                return "wav";
            }
            if (s.startsWith("OggS")) {
                return "ogg";
            }
            if (s.startsWith("fLaC")) {
                return "flac";
            }
            if (s.length() >= 8 && s.substring(4, 8).equals("ftyp")) {
                return "m4a";
            }
        } catch (IOException e) {
            // read again (and reported) by the upload
        }
        return "mp3";
    }

    private static String mime(String extension) {
        return switch (extension) {
            case "wav" -> "audio/wav";
            case "ogg" -> "audio/ogg";
            case "flac" -> "audio/flac";
            case "m4a" -> "audio/mp4";
            default -> "audio/mpeg";
        };
    }

    /** Best effort, two seconds: removes the talk, which is as far as D-ID lets a cancel reach. */
    private void delete(URI talk) {
        try {
            outbound.send(request(talk).timeout(Duration.ofSeconds(2)).DELETE().build())
                    .get(2, java.util.concurrent.TimeUnit.SECONDS)
                    .body()
                    .close();
        } catch (Exception ignored) {
            // the run is over either way
        }
    }

    /** Remuxes (or, with a watermark, re-encodes) the clip into MP4; anything without a video stream fails. */
    private void finish(Path raw, Path out, ToolContext ctx, Remote remote) throws ToolFailure, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(
                "ffmpeg",
                "-nostdin",
                "-hide_banner",
                "-loglevel",
                "error",
                "-y",
                "-i",
                "file:" + raw.toAbsolutePath()));
        if (ctx.watermark()) {
            Path mark = ctx.scratchDir().resolve("watermark.png");
            BufferedImage overlay = new BufferedImage(512, 512, BufferedImage.TYPE_INT_ARGB);
            watermark.drawOn(overlay);
            try {
                ImageIO.write(overlay, "png", mark.toFile());
            } catch (IOException e) {
                throw new ToolFailure(ErrorCode.INTERNAL_ERROR, "The watermark could not be written", true, e);
            }
            cmd.addAll(List.of(
                    "-i",
                    "file:" + mark.toAbsolutePath(),
                    "-filter_complex",
                    "[1:v][0:v]scale2ref[wm][v];[v][wm]overlay=0:0,format=yuv420p[out]",
                    "-map",
                    "[out]",
                    "-map",
                    "0:a?",
                    "-c:v",
                    "libx264",
                    "-preset",
                    "veryfast",
                    "-c:a",
                    "aac"));
        } else {
            cmd.addAll(List.of("-map", "0:v:0", "-map", "0:a?", "-c", "copy"));
        }
        cmd.addAll(List.of("-movflags", "+faststart", "-f", "mp4", "file:" + out.toAbsolutePath()));
        try {
            Subprocess.of(cmd)
                    .timeout(endpoint.timeout())
                    .cancelledWhen(remote::cancelled)
                    .run();
        } catch (ToolFailure f) {
            if (f.code() == ErrorCode.ENGINE_FAILED && !remote.cancelled()) {
                throw new ToolFailure(ErrorCode.ENGINE_FAILED, "D-ID returned something that is not a video", false, f);
            }
            throw f;
        }
        try {
            if (Files.size(out) == 0) {
                throw ToolFailure.engineFailed("D-ID returned something that is not a video");
            }
        } catch (IOException e) {
            throw new ToolFailure(ErrorCode.INTERNAL_ERROR, "The clip could not be written", true, e);
        }
    }

    /** The key goes only to D-ID's API host, never to the storage its results live on. */
    private HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri);
        if (endpoint.apiKey() != null
                && Objects.equals(uri.getAuthority(), endpoint.baseUrl().getAuthority())) {
            b.header("Authorization", "Basic " + endpoint.apiKey());
        }
        return b;
    }
}
