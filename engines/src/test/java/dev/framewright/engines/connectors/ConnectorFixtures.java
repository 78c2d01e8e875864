package dev.framewright.engines.connectors;

import dev.framewright.engines.testing.FakeRun;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;

/** Shared pieces of the connector tests. */
final class ConnectorFixtures {
    static final Outbound OUTBOUND = Outbound.direct(
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());

    private ConnectorFixtures() {}

    /** A PNG of {@code w × h} filled with {@code c}. */
    static byte[] png(int w, int h, Color c) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(c);
        g.fillRect(0, 0, w, h);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }

    static FakeRun run(Path dir, String prompt, int rw, int rh) throws IOException {
        FakeRun ctx = new FakeRun(Files.createDirectories(dir.resolve("run-" + System.nanoTime())));
        ctx.input.put("prompt", prompt);
        ctx.input.putObject("aspectRatio").put("width", rw).put("height", rh);
        ctx.input.putArray("imageFileIds");
        return ctx;
    }

    static BufferedImage read(Path file) throws IOException {
        return ImageIO.read(file.toFile());
    }
}
