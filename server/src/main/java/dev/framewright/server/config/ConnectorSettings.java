package dev.framewright.server.config;

import dev.framewright.engines.connectors.Endpoint;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The connectors' configuration (docs/configuration.md, "Connectors"), validated when built. An
 * endpoint whose required settings are missing has a null base URL: its engine reports "not
 * configured" and the next engine serves.
 *
 * @param imageOrder engine names of generate-image in order of preference
 * @param videoOrder engine names of generate-video-clip in order of preference
 * @param avatarOrder engine names of generate-avatar in order of preference
 */
public record ConnectorSettings(
        List<String> imageOrder,
        List<String> videoOrder,
        List<String> avatarOrder,
        Duration timeout,
        Endpoint openAiImages,
        Endpoint comfyUi,
        Endpoint comfyUiVideo,
        Endpoint automatic1111,
        Endpoint stability,
        Endpoint replicate,
        Endpoint fal,
        Endpoint did) {

    public ConnectorSettings {
        imageOrder = List.copyOf(imageOrder);
        videoOrder = List.copyOf(videoOrder);
        avatarOrder = List.copyOf(avatarOrder);
    }

    static ConnectorSettings from(ConfigSources src) {
        Duration timeout = Duration.ofSeconds(ServerConfig.integer(src, Settings.CONNECTOR_TIMEOUT_SECONDS, 5, 86400));
        Optional<String> stabilityKey = value(src, Settings.STABILITY_KEY);
        Optional<String> replicateKey = value(src, Settings.REPLICATE_KEY);
        Optional<String> replicateModel = value(src, Settings.REPLICATE_MODEL);
        if (replicateModel.isPresent() && !replicateModel.get().matches("[\\w.-]+/[\\w.-]+")) {
            throw ServerConfig.invalid(Settings.REPLICATE_MODEL, replicateModel.get());
        }
        String stabilityModel = text(src, Settings.STABILITY_MODEL);
        if (!stabilityModel.matches("core|ultra|sd3")) {
            throw ServerConfig.invalid(Settings.STABILITY_MODEL, stabilityModel);
        }
        Optional<String> comfyUrl = value(src, Settings.COMFYUI_URL);
        Optional<String> falKey = value(src, Settings.FAL_KEY);
        String falModel = text(src, Settings.FAL_MODEL);
        if (!falModel.matches("[\\w.-]+(/[\\w.-]+)+")) {
            throw ServerConfig.invalid(Settings.FAL_MODEL, falModel);
        }
        Optional<String> didKey = value(src, Settings.DID_KEY);
        return new ConnectorSettings(
                order(src, Settings.GENERATE_IMAGE_ENGINES),
                order(src, Settings.GENERATE_VIDEO_CLIP_ENGINES),
                order(src, Settings.GENERATE_AVATAR_ENGINES),
                timeout,
                new Endpoint(
                        url(src, Settings.OPENAI_IMAGES_URL).orElse(null),
                        value(src, Settings.OPENAI_IMAGES_KEY).orElse(null),
                        text(src, Settings.OPENAI_IMAGES_MODEL),
                        timeout),
                new Endpoint(
                        comfyUrl.isPresent() ? url(src, Settings.COMFYUI_URL).orElseThrow() : null,
                        null,
                        value(src, Settings.COMFYUI_WORKFLOW).orElse(null),
                        timeout),
                new Endpoint(
                        comfyUrl.isPresent()
                                        && value(src, Settings.COMFYUI_VIDEO_WORKFLOW)
                                                .isPresent()
                                ? url(src, Settings.COMFYUI_URL).orElseThrow()
                                : null,
                        null,
                        value(src, Settings.COMFYUI_VIDEO_WORKFLOW).orElse(null),
                        timeout),
                new Endpoint(
                        url(src, Settings.A1111_URL).orElse(null),
                        value(src, Settings.A1111_AUTH).orElse(null),
                        null,
                        timeout),
                new Endpoint(
                        stabilityKey.isPresent()
                                ? url(src, Settings.STABILITY_URL).orElseThrow()
                                : null,
                        stabilityKey.orElse(null),
                        stabilityModel,
                        timeout),
                new Endpoint(
                        replicateKey.isPresent() && replicateModel.isPresent()
                                ? url(src, Settings.REPLICATE_URL).orElseThrow()
                                : null,
                        replicateKey.orElse(null),
                        replicateModel.orElse(null),
                        timeout),
                new Endpoint(
                        falKey.isPresent() ? url(src, Settings.FAL_URL).orElseThrow() : null,
                        falKey.orElse(null),
                        falModel,
                        timeout),
                new Endpoint(
                        didKey.isPresent() ? url(src, Settings.DID_URL).orElseThrow() : null,
                        didKey.orElse(null),
                        null,
                        timeout));
    }

    /** Effective settings for the start-up log, keys masked. */
    List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add("generate-image-engines=" + String.join(",", imageOrder));
        lines.add("connector-timeout-seconds=" + timeout.toSeconds());
        lines.add("openai-images-url=" + shown(openAiImages) + (openAiImages.apiKey() == null ? "" : " (key ****)"));
        lines.add("comfyui-url=" + shown(comfyUi) + " workflow=" + comfyUi.model() + " video-workflow="
                + comfyUiVideo.model());
        lines.add("a1111-url=" + shown(automatic1111));
        lines.add("stability=" + shown(stability));
        lines.add("replicate=" + shown(replicate) + " model=" + replicate.model());
        lines.add("fal=" + shown(fal) + " model=" + fal.model());
        lines.add("generate-video-clip-engines=" + String.join(",", videoOrder));
        lines.add("generate-avatar-engines=" + String.join(",", avatarOrder));
        lines.add("d-id=" + shown(did));
        return lines;
    }

    private static String shown(Endpoint e) {
        return e.configured() ? e.baseUrl().toString() : "(not configured)";
    }

    private static List<String> order(ConfigSources src, Setting setting) {
        List<String> out = new ArrayList<>();
        for (String part : text(src, setting).split(",")) {
            String name = part.trim();
            if (!name.isEmpty()) {
                if (!name.matches("[A-Za-z0-9_.-]{1,64}")) {
                    throw ServerConfig.invalid(setting, name);
                }
                out.add(name);
            }
        }
        return out;
    }

    private static Optional<String> value(ConfigSources src, Setting s) {
        return src.get(s).map(String::trim).filter(v -> !v.isEmpty());
    }

    private static String text(ConfigSources src, Setting s) {
        return value(src, s).orElse(s.defaultValue());
    }

    private static Optional<URI> url(ConfigSources src, Setting s) {
        Optional<String> raw =
                value(src, s).or(() -> Optional.of(s.defaultValue()).filter(v -> !v.isEmpty()));
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI u = URI.create(raw.get());
            if (!u.isAbsolute()
                    || u.getHost() == null
                    || !(u.getScheme().equals("http") || u.getScheme().equals("https"))
                    || u.getQuery() != null
                    || u.getFragment() != null) {
                throw ServerConfig.invalid(s, raw.get());
            }
            String text = u.toString();
            return Optional.of(URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text));
        } catch (IllegalArgumentException e) {
            throw ServerConfig.invalid(s, raw.get());
        }
    }
}
