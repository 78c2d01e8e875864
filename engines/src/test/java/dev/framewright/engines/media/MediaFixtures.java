package dev.framewright.engines.media;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.framewright.engines.process.Subprocess;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

/** Small media files made on the fly: images with ImageIO, audio and video with ffmpeg's test sources. */
final class MediaFixtures {
    private MediaFixtures() {}

    /** Skips the calling test, with the reason, when ffmpeg or ffprobe is missing. */
    static void assumeFfmpeg() {
        assumeTrue(Subprocess.which("ffmpeg").isPresent(), "ffmpeg is not installed (apt-get install ffmpeg)");
        assumeTrue(Subprocess.which("ffprobe").isPresent(), "ffprobe is not installed (apt-get install ffmpeg)");
    }

    static void assumeRsvg() {
        assumeTrue(
                Subprocess.which("rsvg-convert").isPresent(),
                "rsvg-convert is not installed (apt-get install librsvg2-bin)");
    }

    /** Runs {@code ffmpeg -y <args> <dir/name>} and returns the output. */
    static Path ffmpeg(Path dir, String name, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-nostdin", "-loglevel", "error", "-y"));
        command.addAll(List.of(args));
        Path out = dir.resolve(name);
        command.add(out.toString());
        Subprocess.of(command).timeout(Duration.ofSeconds(60)).run();
        return out;
    }

    /** A 1 s 160×120 H.264/AAC MP4 with a test pattern and a tone. */
    static Path mp4(Path dir) throws Exception {
        return ffmpeg(
                dir,
                "clip.mp4",
                "-f",
                "lavfi",
                "-i",
                "testsrc=size=160x120:rate=25:duration=1",
                "-f",
                "lavfi",
                "-i",
                "sine=frequency=440:duration=1",
                "-c:v",
                "libx264",
                "-pix_fmt",
                "yuv420p",
                "-c:a",
                "aac",
                "-shortest");
    }

    /** A 1 s tone encoded to {@code name}'s format, e.g. {@code tone.mp3}. */
    static Path tone(Path dir, String name, String... codec) throws Exception {
        List<String> args = new ArrayList<>(List.of("-f", "lavfi", "-i", "sine=frequency=440:duration=1"));
        args.addAll(List.of(codec));
        return ffmpeg(dir, name, args.toArray(String[]::new));
    }

    /** An opaque gradient, or one fading to transparent when {@code alpha}. */
    static BufferedImage gradient(int width, int height, boolean alpha) {
        BufferedImage image =
                new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            Color end = alpha ? new Color(0, 0, 255, 0) : Color.BLUE;
            g.setPaint(new GradientPaint(0, 0, Color.RED, width, height, end));
            g.fillRect(0, 0, width, height);
        } finally {
            g.dispose();
        }
        return image;
    }

    static Path write(BufferedImage image, String format, Path file) throws IOException {
        if (!ImageIO.write(image, format, file.toFile())) {
            throw new IOException("no writer for " + format);
        }
        return file;
    }

    static Optional<Path> none(String program) {
        return Optional.empty();
    }
}
