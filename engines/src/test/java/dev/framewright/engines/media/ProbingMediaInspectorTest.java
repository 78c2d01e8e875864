package dev.framewright.engines.media;

import static dev.framewright.engines.media.MediaFixtures.assumeFfmpeg;
import static dev.framewright.engines.media.MediaFixtures.ffmpeg;
import static dev.framewright.engines.media.MediaFixtures.gradient;
import static dev.framewright.engines.media.MediaFixtures.tone;
import static dev.framewright.engines.media.MediaFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.framewright.contract.FileType;
import dev.framewright.core.files.MediaInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProbingMediaInspectorTest {
    @TempDir
    Path dir;

    private final ProbingMediaInspector inspector = new ProbingMediaInspector();

    @Test
    void rasterImages() throws Exception {
        assertThat(inspect(write(gradient(40, 30, true), "png", dir.resolve("a"))))
                .isEqualTo(new MediaInfo(FileType.IMAGE, "image/png", "png", 40, 30, null));
        assertThat(inspect(write(gradient(41, 31, false), "jpeg", dir.resolve("b"))))
                .isEqualTo(new MediaInfo(FileType.IMAGE, "image/jpeg", "jpg", 41, 31, null));
        assertThat(inspect(write(gradient(5, 7, false), "gif", dir.resolve("c"))))
                .isEqualTo(new MediaInfo(FileType.IMAGE, "image/gif", "gif", 5, 7, null));
    }

    @Test
    void webp() throws Exception {
        assumeFfmpeg();
        Path webp = ffmpeg(dir, "x.webp", "-f", "lavfi", "-i", "color=red:size=48x32", "-frames:v", "1");

        assertThat(inspect(webp)).isEqualTo(new MediaInfo(FileType.IMAGE, "image/webp", "webp", 48, 32, null));
    }

    @Test
    void svg() throws Exception {
        Path svg = Files.writeString(
                dir.resolve("x"),
                "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 32\"/>");

        assertThat(inspect(svg)).isEqualTo(new MediaInfo(FileType.IMAGE, "image/svg+xml", "svg", 64, 32, null));
    }

    @Test
    void aCorruptImageKeepsItsSniffedTypeWithoutSize() throws Exception {
        byte[] png = Files.readAllBytes(write(gradient(40, 30, false), "png", dir.resolve("good.png")));
        byte[] corrupt = Arrays.copyOf(png, 20);
        Arrays.fill(corrupt, 8, 20, (byte) 0x7F);

        assertThat(inspect(Files.write(dir.resolve("bad.png"), corrupt)))
                .isEqualTo(new MediaInfo(FileType.IMAGE, "image/png", "png", null, null, null));
    }

    @Test
    void unrecognisedContentIsEmpty() throws Exception {
        assertThat(inspector.inspect(Files.writeString(dir.resolve("notes.mp4"), "just some text")))
                .isEmpty();
        assertThat(inspector.inspect(Files.write(dir.resolve("empty"), new byte[0])))
                .isEmpty();
    }

    @Test
    void video() throws Exception {
        assumeFfmpeg();
        MediaInfo mp4 = inspect(MediaFixtures.mp4(dir));

        assertThat(mp4.type()).isEqualTo(FileType.VIDEO);
        assertThat(mp4.contentType()).isEqualTo("video/mp4");
        assertThat(mp4.width()).isEqualTo(160);
        assertThat(mp4.height()).isEqualTo(120);
        assertThat(mp4.durationSeconds()).isCloseTo(1.0, within(0.1));
    }

    @Test
    void webmAndMov() throws Exception {
        assumeFfmpeg();
        Path webm = ffmpeg(
                dir,
                "clip.webm",
                "-f",
                "lavfi",
                "-i",
                "testsrc=size=64x48:rate=10:duration=1",
                "-c:v",
                "libvpx",
                "-deadline",
                "realtime");
        Path mov =
                ffmpeg(dir, "clip.mov", "-f", "lavfi", "-i", "testsrc=size=64x48:rate=10:duration=1", "-c:v", "mjpeg");

        assertThat(inspect(webm))
                .extracting(MediaInfo::contentType, MediaInfo::width)
                .containsExactly("video/webm", 64);
        assertThat(inspect(mov))
                .extracting(MediaInfo::contentType, MediaInfo::height)
                .containsExactly("video/quicktime", 48);
    }

    @Test
    void rotatedVideoReportsDisplaySize() throws Exception {
        assumeFfmpeg();
        Path rotated = ffmpeg(
                dir,
                "rotated.mp4",
                "-i",
                MediaFixtures.mp4(dir).toString(),
                "-c",
                "copy",
                "-metadata:s:v:0",
                "rotate=90");

        assertThat(inspect(rotated))
                .extracting(MediaInfo::width, MediaInfo::height)
                .containsExactly(120, 160);
    }

    @Test
    void audio() throws Exception {
        assumeFfmpeg();
        assertAudio(tone(dir, "t.wav"), "audio/wav");
        assertAudio(tone(dir, "t.mp3", "-c:a", "libmp3lame"), "audio/mpeg");
        assertAudio(tone(dir, "t.ogg", "-c:a", "libvorbis"), "audio/ogg");
        assertAudio(tone(dir, "t.opus.ogg", "-c:a", "libopus"), "audio/ogg");
        assertAudio(tone(dir, "t.m4a", "-c:a", "aac"), "audio/mp4");
        assertAudio(tone(dir, "t.aac", "-c:a", "aac"), "audio/aac");
        assertAudio(tone(dir, "t.flac", "-c:a", "flac"), "audio/flac");
    }

    @Test
    void anMp4WithoutPicturesIsAudio() throws Exception {
        assumeFfmpeg();
        Path audioOnly = tone(dir, "t.mp4", "-c:a", "aac", "-f", "mp4");

        assertAudio(audioOnly, "audio/mp4");
        assertThat(inspect(audioOnly).extension()).isEqualTo("m4a");
    }

    @Test
    void withoutFfprobeOnlyTheTypeIsKnown() throws Exception {
        assumeFfmpeg();
        ProbingMediaInspector blind = new ProbingMediaInspector(Optional::empty);

        assertThat(blind.inspect(MediaFixtures.mp4(dir)))
                .contains(new MediaInfo(FileType.VIDEO, "video/mp4", "mp4", null, null, null));
    }

    @Test
    void corruptVideoKeepsItsSniffedTypeWithoutFacts() throws Exception {
        assumeFfmpeg();
        byte[] head = Arrays.copyOf(Files.readAllBytes(MediaFixtures.mp4(dir)), 40);

        assertThat(inspect(Files.write(dir.resolve("cut.mp4"), head)))
                .isEqualTo(new MediaInfo(FileType.VIDEO, "video/mp4", "mp4", null, null, null));
    }

    private void assertAudio(Path file, String contentType) throws Exception {
        MediaInfo info = inspect(file);
        assertThat(info.type()).as(file.getFileName().toString()).isEqualTo(FileType.AUDIO);
        assertThat(info.contentType()).as(file.getFileName().toString()).isEqualTo(contentType);
        assertThat(info.width()).isNull();
        assertThat(info.durationSeconds()).as(file.getFileName().toString()).isCloseTo(1.0, within(0.15));
    }

    private MediaInfo inspect(Path file) throws Exception {
        return inspector.inspect(file).orElseThrow();
    }
}
