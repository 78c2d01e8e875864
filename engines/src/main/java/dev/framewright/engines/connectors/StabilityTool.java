package dev.framewright.engines.connectors;

import dev.framewright.core.executions.ToolContext;
import dev.framewright.core.executions.ToolFailure;
import dev.framewright.engines.media.Watermark;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;

/**
 * Stability AI v2beta: multipart {@code POST /v2beta/stable-image/generate/{core|ultra|sd3}} with
 * {@code prompt}, {@code aspect_ratio} (the service's nearest), {@code seed} and {@code output_format=png},
 * {@code Accept: image/*} → the image bytes. The result is cropped to the exact ratio.
 */
public final class StabilityTool extends RemoteImageTool {
    public static final String ENGINE = "stability";
    static final List<String> RATIOS = List.of("21:9", "16:9", "3:2", "5:4", "1:1", "4:5", "2:3", "9:16", "9:21");

    public StabilityTool(Endpoint endpoint, Outbound outbound, Watermark watermark, long maxBytes) {
        super(endpoint, outbound, watermark, maxBytes);
    }

    @Override
    protected String engine() {
        return ENGINE;
    }

    @Override
    protected String provider() {
        return "Stability AI";
    }

    @Override
    protected String setting() {
        return "FRAMEWRIGHT_STABILITY_KEY";
    }

    /** The service's ratio nearest to {@code w:h} (in log scale). */
    static String ratio(int w, int h) {
        double target = Math.log((double) w / h);
        String best = "1:1";
        double bestDistance = Double.MAX_VALUE;
        for (String r : RATIOS) {
            String[] p = r.split(":");
            double d = Math.abs(Math.log(Double.parseDouble(p[0]) / Double.parseDouble(p[1])) - target);
            if (d < bestDistance) {
                bestDistance = d;
                best = r;
            }
        }
        return best;
    }

    @Override
    protected Path generate(ToolContext ctx, Remote remote, Request req, long maxBytes)
            throws ToolFailure, InterruptedException {
        String model = endpoint.model() == null ? "core" : endpoint.model();
        Multipart form = new Multipart()
                .field("prompt", req.prompt().isBlank() ? "an image" : req.prompt())
                .field("aspect_ratio", ratio(req.size().width(), req.size().height()))
                .field("seed", String.valueOf(req.seed()))
                .field("output_format", "png");
        HttpRequest.Builder http = HttpRequest.newBuilder(endpoint.resolve("/v2beta/stable-image/generate/" + model))
                .header("Accept", "image/*")
                .header("Content-Type", form.contentType())
                .POST(form.publisher());
        if (endpoint.apiKey() != null) {
            http.header("Authorization", "Bearer " + endpoint.apiKey());
        }
        return remote.download(http, ctx.scratchDir().resolve("remote.img"), maxBytes);
    }
}
