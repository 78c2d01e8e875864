package dev.framewright.engines.avatar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewright.contract.ErrorCode;
import dev.framewright.contract.FileType;
import dev.framewright.core.executions.ToolFailure;
import dev.framewright.core.executions.ToolOutput;
import dev.framewright.engines.media.Watermark;
import dev.framewright.engines.testing.FakeRun;
import dev.framewright.engines.testing.Probe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(120)
class AvatarToolTest {
    @TempDir
    Path dir;

    private Path wav;

    @BeforeEach
    void audio() throws Exception {
        Probe.assumeFfmpeg();
        wav = dir.resolve("speech.wav");
        SpeechLike.writeWav(SpeechLike.samples(3, 140, 5), wav);
    }

    private FakeRun run(String presenter) throws Exception {
        FakeRun ctx = new FakeRun(Files.createDirectories(dir.resolve("run-" + System.nanoTime())));
        ctx.file("vg_file_audio", FileType.AUDIO, wav, null, null, 3.0);
        ctx.input.put("avatarPresenterId", presenter);
        ctx.input.put("audioStorageFileId", "vg_file_audio");
        return ctx;
    }

    @Test
    void aPresenterSpeaksTheAudioForAsLongAsItLasts() throws Exception {
        AvatarTool tool = new AvatarTool(PhoneTimings.NONE, Watermark.DEFAULT, Duration.ofMinutes(2));
        FakeRun ctx = run("vg_pres_ada");

        ToolOutput out = tool.run(ctx);

        JsonNode p = Probe.of(out.file());
        assertThat(out.type()).isEqualTo(FileType.VIDEO);
        assertThat(Probe.stream(p, "video").path("codec_name").asText()).isEqualTo("h264");
        assertThat(Probe.stream(p, "video").path("width").asInt()).isEqualTo(512);
        assertThat(Probe.stream(p, "audio").path("codec_name").asText()).isEqualTo("aac");
        assertThat(Probe.duration(p)).isBetween(2.9, 3.2);
        assertThat(out.description()).contains("Ada").contains("energy and spectrum");
        assertThat(ctx.progress).isSorted().last().isEqualTo(1.0);
    }

    @Test
    void phoneTimingsAreUsedWhenTheAudioHasThem() throws Exception {
        PhoneTimings timings = id -> id.equals("vg_file_audio")
                ? Optional.of(List.of(new PhoneTimings.Phone("hh", 0, 0.5), new PhoneTimings.Phone("ow", 0.5, 2.5)))
                : Optional.empty();
        AvatarTool tool = new AvatarTool(timings, Watermark.DEFAULT, Duration.ofMinutes(2));

        ToolOutput out = tool.run(run("vg_pres_ben"));

        assertThat(out.description()).contains("phone timings");
    }

    @Test
    void watermarkedClipsDifferFromPlainOnes() throws Exception {
        AvatarTool tool = new AvatarTool(PhoneTimings.NONE, Watermark.DEFAULT, Duration.ofMinutes(2));
        FakeRun marked = run("vg_pres_eli");
        marked.watermark = true;

        byte[] a = Files.readAllBytes(tool.run(marked).file());
        byte[] b = Files.readAllBytes(tool.run(run("vg_pres_eli")).file());

        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void cancellingStopsTheEncoder() throws Exception {
        SpeechLike.writeWav(SpeechLike.samples(60, 140, 5), wav);
        AvatarTool tool = new AvatarTool(PhoneTimings.NONE, Watermark.DEFAULT, Duration.ofMinutes(2));
        FakeRun ctx = run("vg_pres_dev");
        ctx.cancelled = () -> ctx.progress.size() > 2;
        long start = System.nanoTime();

        assertThatThrownBy(() -> tool.run(ctx)).isInstanceOf(ToolFailure.class).hasMessageContaining("cancelled");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void audioThatCannotBeDecodedIsInvalidInput() throws Exception {
        Files.write(wav, new byte[] {1, 2, 3, 4});
        AvatarTool tool = new AvatarTool(PhoneTimings.NONE, Watermark.DEFAULT, Duration.ofMinutes(2));

        assertThatThrownBy(() -> tool.run(run("vg_pres_ada")))
                .isInstanceOfSatisfying(
                        ToolFailure.class, f -> assertThat(f.code()).isEqualTo(ErrorCode.INPUT_INVALID));
    }

    @Test
    void theGalleryRendersEachItemOnceAndKeepsIt() throws Exception {
        PresenterGallery gallery = new PresenterGallery(dir.resolve("cache"));
        Presenter ada = Presenters.find("vg_pres_ada").orElseThrow();

        Path preview = gallery.file(ada, PresenterGallery.Item.PREVIEW);
        long modified = Files.getLastModifiedTime(preview).toMillis();
        Path image = gallery.file(ada, PresenterGallery.Item.IMAGE);

        assertThat(gallery.file(ada, PresenterGallery.Item.PREVIEW)).isEqualTo(preview);
        assertThat(Files.getLastModifiedTime(preview).toMillis()).isEqualTo(modified);
        assertThat(Probe.duration(Probe.of(preview))).isBetween(3.9, 4.2);
        assertThat(Probe.stream(Probe.of(preview), "audio").isMissingNode()).isFalse();
        assertThat(javax.imageio.ImageIO.read(image.toFile()).getWidth()).isEqualTo(512);
        assertThat(javax.imageio.ImageIO.read(gallery.file(ada, PresenterGallery.Item.THUMBNAIL)
                                .toFile())
                        .getWidth())
                .isEqualTo(256);
    }
}
