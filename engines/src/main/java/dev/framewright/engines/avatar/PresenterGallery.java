package dev.framewright.engines.avatar;

import dev.framewright.core.executions.ToolFailure;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;

/**
 * The presenters' catalogue media: a 512² portrait, a 256² thumbnail and a short preview clip of the
 * presenter speaking babble with blinks. Each is rendered on first request, once, and kept under
 * {@code <cacheDir>/<renderer version>/<presenterId>/}; later requests read the file. Thread-safe:
 * concurrent first requests for the same item wait for one render.
 */
public final class PresenterGallery {
    /** What the server serves, with its content type. */
    public enum Item {
        IMAGE("image.png", "image/png"),
        THUMBNAIL("thumbnail.png", "image/png"),
        PREVIEW("preview.mp4", "video/mp4");

        public final String fileName;
        public final String contentType;

        Item(String fileName, String contentType) {
            this.fileName = fileName;
            this.contentType = contentType;
        }
    }

    static final double PREVIEW_SECONDS = 4;
    private static final Duration RENDER_TIMEOUT = Duration.ofMinutes(2);

    private final Path dir;
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    /** @param cacheDir a writable folder (created when needed); nothing is written before a request */
    public PresenterGallery(Path cacheDir) {
        this.dir = cacheDir.resolve(AvatarTool.VERSION);
    }

    /**
     * The file of {@code item} for {@code p}, rendered now if it is not there yet.
     *
     * @throws IOException when it cannot be rendered or written
     */
    public Path file(Presenter p, Item item) throws IOException, InterruptedException {
        Path target = dir.resolve(p.id()).resolve(item.fileName);
        if (Files.isRegularFile(target)) {
            return target;
        }
        synchronized (locks.computeIfAbsent(p.id() + "/" + item, k -> new Object())) {
            if (!Files.isRegularFile(target)) {
                Files.createDirectories(target.getParent());
                Path tmp = Files.createTempDirectory(target.getParent(), "render-");
                try {
                    Path rendered = render(p, item, tmp);
                    moveInto(rendered, target);
                } finally {
                    deleteTree(tmp);
                }
            }
        }
        return target;
    }

    private static Path render(Presenter p, Item item, Path tmp) throws IOException, InterruptedException {
        Path out = tmp.resolve(item.fileName);
        switch (item) {
            case IMAGE -> ImageIO.write(portrait(p, 512), "png", out.toFile());
            case THUMBNAIL -> ImageIO.write(portrait(p, 256), "png", out.toFile());
            case PREVIEW -> preview(p, tmp, out);
        }
        return out;
    }

    /** The presenter at rest, facing the camera, on its background: {@code size}² px. */
    public static BufferedImage portrait(Presenter p, int size) {
        BufferedImage img = PresenterPainter.background(p, size);
        Graphics2D g = img.createGraphics();
        try {
            PresenterPainter.draw(g, p, new Pose(0.12, 0.5, 0, 0, 0, 0, 0, 0.2), size);
        } finally {
            g.dispose();
        }
        return img;
    }

    private static void preview(Presenter p, Path tmp, Path out) throws IOException, InterruptedException {
        double f0 =
                switch (p.gender()) {
                    case FEMALE -> 210;
                    case MALE -> 115;
                    case NEUTRAL -> 160;
                };
        long seed = p.id().hashCode();
        float[] babble = SpeechLike.samples(PREVIEW_SECONDS, f0, seed);
        Path wav = tmp.resolve("babble.wav");
        SpeechLike.writeWav(babble, wav);
        MouthTrack mouth = MouthTrack.of(AudioFeatures.of(new Pcm(babble)), null);
        try {
            AvatarVideo.encode(
                    p,
                    Motion.poses(mouth, seed),
                    AvatarTool.SIZE,
                    wav,
                    out,
                    null,
                    () -> false,
                    RENDER_TIMEOUT,
                    f -> {});
        } catch (ToolFailure f) {
            throw new IOException("the preview of " + p.id() + " could not be encoded: " + f.getMessage(), f);
        }
    }

    private static void moveInto(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
