package dev.framewright.engines.sfx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.framewright.contract.FileType;
import dev.framewright.core.executions.ToolOutput;
import dev.framewright.engines.audio.AudioEncoder;
import dev.framewright.engines.audio.AudioFormat;
import dev.framewright.engines.fixtures.AudioProbe;
import dev.framewright.engines.fixtures.FakeRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoundEffectToolTest {
    @TempDir
    Path dir;

    private ToolOutput run(AudioFormat format, String prompt, Double seconds, int result, String sub) throws Exception {
        FakeRun run = new FakeRun(Files.createDirectories(dir.resolve(sub))).result(result, 2);
        run.input.put("prompt", prompt);
        if (seconds != null) {
            run.input.put("durationSeconds", seconds);
        }
        run.input.put("promptInfluence", 0.3);
        return new SoundEffectTool(new AudioEncoder(format, Duration.ofMinutes(1))).run(run);
    }

    @Test
    void mp3ByDefaultWithTheRecipeInTheDescription() throws Exception {
        assumeTrue(AudioEncoder.available(), "ffmpeg is not installed");
        ToolOutput out = run(AudioFormat.MP3, "a big explosion, 3 seconds", null, 0, "a");
        assertThat(out.type()).isEqualTo(FileType.AUDIO);
        assertThat(out.contentType()).isEqualTo("audio/mpeg");
        AudioProbe p = AudioProbe.of(out.file());
        assertThat(p.codec()).isEqualTo("mp3");
        assertThat(p.sampleRate()).isEqualTo(44100);
        assertThat(p.durationSeconds()).isCloseTo(3.0, Offset.offset(0.1));
        assertThat(out.description())
                .isEqualTo(
                        "Procedural sound effect, recipe: explosion (big); 3.0 s. Prompt: a big explosion, 3 seconds");
    }

    @Test
    void wavWhenConfigured() throws Exception {
        assumeTrue(AudioEncoder.available(), "ffprobe is not installed");
        ToolOutput out = run(AudioFormat.WAV, "laser", 1.5, 0, "a");
        assertThat(out.contentType()).isEqualTo("audio/wav");
        AudioProbe p = AudioProbe.of(out.file());
        assertThat(p.codec()).isEqualTo("pcm_s16le");
        assertThat(p.channels()).isEqualTo(1);
        assertThat(p.durationSeconds()).isCloseTo(1.5, Offset.offset(0.01));
    }

    @Test
    void sameExecutionSameBytesAndResultsDiffer() throws Exception {
        assumeTrue(AudioEncoder.available(), "ffmpeg is not installed");
        byte[] first =
                Files.readAllBytes(run(AudioFormat.MP3, "rain", 2.0, 0, "a").file());
        byte[] again =
                Files.readAllBytes(run(AudioFormat.MP3, "rain", 2.0, 0, "b").file());
        byte[] second =
                Files.readAllBytes(run(AudioFormat.MP3, "rain", 2.0, 1, "c").file());
        assertThat(first).isEqualTo(again);
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void unrecognisedPromptsSayWhichRecipeStoodIn() throws Exception {
        ToolOutput out = run(AudioFormat.WAV, "the smell of Tuesday", null, 0, "a");
        assertThat(out.description())
                .startsWith("Procedural sound effect, recipe: ambience, as no sound category was recognised");
        assertThat(Files.size(out.file())).isGreaterThan(44_100);
    }
}
