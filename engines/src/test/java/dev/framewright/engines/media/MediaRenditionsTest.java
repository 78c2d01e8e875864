package dev.framewright.engines.media;

import static dev.framewright.engines.media.MediaFixtures.assumeFfmpeg;
import static dev.framewright.engines.media.MediaFixtures.gradient;
import static dev.framewright.engines.media.MediaFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.framewright.contract.FileSourceStatus;
import dev.framewright.contract.FileType;
import dev.framewright.core.files.MediaInfo;
import dev.framewright.core.files.Rendition;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaRenditionsTest {
    @TempDir
    Path dir;

    private final MediaRenditions renditions = new MediaRenditions();
    private final ProbingMediaInspector inspector = new ProbingMediaInspector();

    @Test
    void opaqueImagesBecomeJpegsThatFitTheirBox() throws Exception {
        Path source = write(gradient(1600, 900, false), "png", dir.resolve("big.png"));
        MediaInfo info = inspector.inspect(source).orElseThrow();

        Rendition thumbnail = renditions.thumbnail(source, info, dir.resolve("out"));
        Rendition preview = renditions.preview(source, info, dir.resolve("out"));

        assertReady(thumbnail, "thumbnail.jpg", "image/jpeg", 256, 144);
        assertReady(preview, "preview.jpg", "image/jpeg", 720, 405);
        assertThat(ImageIO.read(dir.resolve("out/preview.jpg").toFile()).getWidth())
                .isEqualTo(720);
        assertThat(renditions.hls(source, info, dir.resolve("out"))).isEqualTo(Rendition.SKIPPED);
    }

    @Test
    void transparentImagesStayPngAndSmallOnesAreNotEnlarged() throws Exception {
        Path source = write(gradient(100, 300, true), "png", dir.resolve("alpha.png"));
        MediaInfo info = inspector.inspect(source).orElseThrow();

        Rendition thumbnail = renditions.thumbnail(source, info, dir.resolve("out"));
        Rendition preview = renditions.preview(source, info, dir.resolve("out"));

        assertReady(thumbnail, "thumbnail.png", "image/png", 85, 256);
        assertReady(preview, "preview.png", "image/png", 100, 300);
        BufferedImage png = ImageIO.read(dir.resolve("out/preview.png").toFile());
        assertThat(png.getRGB(99, 299) >>> 24).isLessThan(40);
        assertThat(png.getRGB(0, 0) >>> 24).isEqualTo(255);
    }

    @Test
    void anRgbaImageWithoutTransparentPixelsBecomesJpeg() throws Exception {
        BufferedImage opaqueArgb = new BufferedImage(50, 40, BufferedImage.TYPE_INT_ARGB);
        opaqueArgb.createGraphics().drawImage(gradient(50, 40, false), 0, 0, null);
        Path source = write(opaqueArgb, "png", dir.resolve("rgba.png"));

        Rendition thumbnail =
                renditions.thumbnail(source, inspector.inspect(source).orElseThrow(), dir);

        assertReady(thumbnail, "thumbnail.jpg", "image/jpeg", 50, 40);
    }

    @Test
    void webpAndGifSourcesAreRead() throws Exception {
        assumeFfmpeg();
        Path webp = MediaFixtures.ffmpeg(dir, "x.webp", "-f", "lavfi", "-i", "testsrc=size=600x300", "-frames:v", "1");
        Path gif = write(gradient(300, 600, false), "gif", dir.resolve("x.gif"));

        assertReady(
                renditions.thumbnail(webp, inspector.inspect(webp).orElseThrow(), dir.resolve("w")),
                "thumbnail.jpg",
                "image/jpeg",
                256,
                128);
        assertReady(
                renditions.thumbnail(gif, inspector.inspect(gif).orElseThrow(), dir.resolve("g")),
                "thumbnail.jpg",
                "image/jpeg",
                128,
                256);
    }

    @Test
    void undecodableImagesFail() throws Exception {
        Path source = Files.write(dir.resolve("bad.png"), MediaSnifferTest.bytes(0x89, 'P', 'N', 'G', 13, 10, 26, 10));
        MediaInfo info = new MediaInfo(FileType.IMAGE, "image/png", "png", null, null, null);

        assertThatThrownBy(() -> renditions.thumbnail(source, info, dir.resolve("out")))
                .isInstanceOf(IOException.class);
    }

    @Test
    void svgIsRasterizedToPngAtTheBoxSize() throws Exception {
        MediaFixtures.assumeRsvg();
        Path source = Files.writeString(
                dir.resolve("logo.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\">"
                        + "<rect width=\"20\" height=\"20\" fill=\"red\"/></svg>");
        MediaInfo info = inspector.inspect(source).orElseThrow();

        Rendition thumbnail = renditions.thumbnail(source, info, dir.resolve("out"));
        Rendition preview = renditions.preview(source, info, dir.resolve("out"));

        assertReady(thumbnail, "thumbnail.png", "image/png", 256, 128);
        assertReady(preview, "preview.png", "image/png", 720, 360);
        BufferedImage png = ImageIO.read(dir.resolve("out/preview.png").toFile());
        assertThat(png.getRGB(100, 100)).isEqualTo(0xFFFF0000);
        assertThat(png.getRGB(600, 100) >>> 24).isZero();
    }

    @Test
    void svgWithoutRsvgConvertFailsClearly() throws Exception {
        Path source = Files.writeString(dir.resolve("logo.svg"), "<svg width=\"4\" height=\"4\"/>");
        MediaInfo info = inspector.inspect(source).orElseThrow();
        MediaRenditions withoutRsvg = new MediaRenditions(MediaFixtures::none, Duration.ofMinutes(1));

        assertThatThrownBy(() -> withoutRsvg.preview(source, info, dir))
                .isInstanceOf(IOException.class)
                .hasMessage("rsvg-convert is not installed: SVG images cannot be rasterized");
    }

    @Test
    void videoThumbnailPreviewAndHls() throws Exception {
        assumeFfmpeg();
        Path source = MediaFixtures.mp4(dir);
        MediaInfo info = inspector.inspect(source).orElseThrow();
        Path out = dir.resolve("out");

        assertReady(renditions.thumbnail(source, info, out), "thumbnail.jpg", "image/jpeg", 160, 120);
        assertReady(renditions.preview(source, info, out), "preview.mp4", "video/mp4", 160, 120);
        assertReady(renditions.hls(source, info, out), "index.m3u8", "application/vnd.apple.mpegurl", 160, 120);

        MediaInfo preview = inspector.inspect(out.resolve("preview.mp4")).orElseThrow();
        assertThat(preview.contentType()).isEqualTo("video/mp4");
        assertThat(preview.width()).isEqualTo(160);
        String playlist = Files.readString(out.resolve("index.m3u8"));
        assertThat(playlist)
                .contains("#EXT-X-PLAYLIST-TYPE:VOD", "seg_000.ts", "#EXT-X-ENDLIST")
                .doesNotContain("/");
        assertThat(out.resolve("seg_000.ts")).exists();
    }

    @Test
    void largeVideosAreScaledToAShortSideOf720WithEvenSides() throws Exception {
        assumeFfmpeg();
        Path source = MediaFixtures.ffmpeg(
                dir,
                "tall.mp4",
                "-f",
                "lavfi",
                "-i",
                "testsrc=size=801x1201:rate=5:duration=0.4",
                "-c:v",
                "mjpeg",
                "-f",
                "mov");
        MediaInfo info = inspector.inspect(source).orElseThrow();

        Rendition preview = renditions.preview(source, info, dir.resolve("out"));
        Rendition thumbnail = renditions.thumbnail(source, info, dir.resolve("out"));

        MediaInfo actual = inspector.inspect(dir.resolve("out/preview.mp4")).orElseThrow();
        assertThat(preview.width()).isEqualTo(actual.width()).isEqualTo(720);
        assertThat(preview.height()).isEqualTo(actual.height()).isEqualTo(1080);
        assertThat(thumbnail.width()).isEqualTo(171);
        assertThat(thumbnail.height()).isEqualTo(256);
    }

    @Test
    void audioPreviewAndHlsButNoThumbnail() throws Exception {
        assumeFfmpeg();
        Path source = MediaFixtures.tone(dir, "tone.wav");
        MediaInfo info = inspector.inspect(source).orElseThrow();
        Path out = dir.resolve("out");

        assertThat(renditions.thumbnail(source, info, out)).isEqualTo(Rendition.SKIPPED);
        assertReady(renditions.preview(source, info, out), "preview.mp3", "audio/mpeg", null, null);
        assertReady(renditions.hls(source, info, out), "index.m3u8", "application/vnd.apple.mpegurl", null, null);
        assertThat(inspector.inspect(out.resolve("preview.mp3")).orElseThrow().contentType())
                .isEqualTo("audio/mpeg");
        assertThat(Files.readString(out.resolve("index.m3u8"))).contains("seg_000.ts");
    }

    @Test
    void withoutFfmpegAudioAndVideoFail() {
        MediaRenditions withoutFfmpeg = new MediaRenditions(MediaFixtures::none, Duration.ofMinutes(1));
        MediaInfo video = new MediaInfo(FileType.VIDEO, "video/mp4", "mp4", 160, 120, 1.0);
        MediaInfo audio = new MediaInfo(FileType.AUDIO, "audio/wav", "wav", null, null, 1.0);
        Path source = dir.resolve("any");

        assertThatThrownBy(() -> withoutFfmpeg.thumbnail(source, video, dir)).hasMessage("ffmpeg is not installed");
        assertThatThrownBy(() -> withoutFfmpeg.preview(source, video, dir)).hasMessage("ffmpeg is not installed");
        assertThatThrownBy(() -> withoutFfmpeg.hls(source, audio, dir)).hasMessage("ffmpeg is not installed");
    }

    @Test
    void ffmpegFailuresBecomeIoExceptionsWithoutPaths() throws Exception {
        assumeFfmpeg();
        Path garbage = Files.writeString(dir.resolve("garbage.mp4"), "not really a video");
        MediaInfo info = new MediaInfo(FileType.VIDEO, "video/mp4", "mp4", 160, 120, 1.0);

        assertThatThrownBy(() -> renditions.preview(garbage, info, dir.resolve("out")))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("ffmpeg failed")
                .hasMessageNotContaining(dir.toString());
    }

    private static void assertReady(
            Rendition rendition, String key, String contentType, Integer width, Integer height) {
        assertThat(rendition.status()).isEqualTo(FileSourceStatus.READY);
        assertThat(rendition.blobKey()).isEqualTo(key);
        assertThat(rendition.contentType()).isEqualTo(contentType);
        assertThat(rendition.width()).isEqualTo(width);
        assertThat(rendition.height()).isEqualTo(height);
        assertThat(rendition.bytes()).isPositive();
    }
}
