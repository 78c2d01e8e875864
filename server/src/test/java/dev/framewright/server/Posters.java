package dev.framewright.server;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/** Test media for analysis: images with lettering drawn by Java2D, and speech made by Festival. */
final class Posters {
    private Posters() {}

    /** A PNG with each line lettered in dark type on a light backdrop of {@code backdrop}, then a shape. */
    static byte[] png(Color backdrop, String... lines) {
        int w = 900;
        int h = 140 + 80 * lines.length;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, backdrop, w, h, backdrop.brighter()));
        g.fillRect(0, 0, w, h);
        g.setColor(backdrop.darker());
        g.fillRect(0, h - 40, w, 40);
        g.setColor(new Color(20, 20, 30));
        int y = 100;
        for (int i = 0; i < lines.length; i++) {
            g.setFont(new Font("DejaVu Sans", i == 0 ? Font.BOLD : Font.PLAIN, i == 0 ? 52 : 36));
            g.drawString(lines[i], 40, y);
            y += 80;
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Whether Festival's {@code text2wave} is installed (Debian {@code festival}). */
    static boolean canSpeak() {
        return dev.framewright.engines.process.Subprocess.which("text2wave").isPresent();
    }

    /** {@code text} spoken by Festival's default voice, as a WAV file. */
    static byte[] speech(String text) {
        try {
            Path dir = Files.createTempDirectory("framewright-speech");
            Path txt = dir.resolve("say.txt");
            Path wav = dir.resolve("say.wav");
            Files.writeString(txt, text);
            List<String> cmd = new ArrayList<>(List.of("text2wave", "-o", wav.toString(), txt.toString()));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("text2wave failed");
            }
            byte[] bytes = Files.readAllBytes(wav);
            Files.delete(wav);
            Files.delete(txt);
            Files.delete(dir);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
