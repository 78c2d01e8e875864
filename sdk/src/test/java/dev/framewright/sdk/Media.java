package dev.framewright.sdk;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/** Small real media made in the test, so no binary fixtures are committed. */
final class Media {
    private Media() {}

    static Path png(Path dir, String name, int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.ORANGE, w, h, Color.BLUE));
        g.fillRect(0, 0, w, h);
        g.setColor(Color.WHITE);
        g.fillOval(w / 4, h / 4, w / 2, h / 2);
        g.dispose();
        Path out = dir.resolve(name);
        ImageIO.write(img, "png", out.toFile());
        return out;
    }

    /** Width and height of an image file. */
    static int[] size(Path image) throws IOException {
        BufferedImage img = ImageIO.read(image.toFile());
        return new int[] {img.getWidth(), img.getHeight()};
    }

    /** A short H.264/AAC MP4 made with ffmpeg, which the server needs anyway for video. */
    static Path mp4(Path dir, String name, int w, int h, double seconds) throws IOException, InterruptedException {
        Path out = dir.resolve(name);
        run(List.of(
                "ffmpeg",
                "-hide_banner",
                "-nostdin",
                "-loglevel",
                "error",
                "-y",
                "-f",
                "lavfi",
                "-i",
                "testsrc2=size=" + w + "x" + h + ":rate=25",
                "-f",
                "lavfi",
                "-i",
                "sine=frequency=440",
                "-t",
                String.valueOf(seconds),
                "-c:v",
                "libx264",
                "-preset",
                "ultrafast",
                "-pix_fmt",
                "yuv420p",
                "-c:a",
                "aac",
                "-shortest",
                out.toString()));
        return out;
    }

    /** {@code WIDTHxHEIGHT} of a video's first stream, from ffprobe. */
    static String videoSize(Path video) throws IOException, InterruptedException {
        return run(List.of(
                        "ffprobe",
                        "-v",
                        "error",
                        "-select_streams",
                        "v:0",
                        "-show_entries",
                        "stream=width,height",
                        "-of",
                        "csv=s=x:p=0",
                        video.toString()))
                .trim();
    }

    private static String run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError(cmd.get(0) + " failed: " + out);
        }
        return out;
    }

    static byte[] bytes(Path p) throws IOException {
        return Files.readAllBytes(p);
    }
}
