package dev.framewright.bench;

import dev.framewright.contract.FileType;
import dev.framewright.engines.avatar.AudioFeatures;
import dev.framewright.engines.avatar.AvatarTool;
import dev.framewright.engines.avatar.MouthTrack;
import dev.framewright.engines.avatar.Pcm;
import dev.framewright.engines.avatar.PhoneTimings;
import dev.framewright.engines.avatar.SpeechLike;
import dev.framewright.engines.media.Watermark;
import dev.framewright.engines.process.Subprocess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * generate-avatar end to end through {@link AvatarTool} (decode, analysis, Java2D frames piped to
 * ffmpeg x264 + AAC, 512², 25 fps) on a 10 s clip, against real time; and how well the mouth opening
 * follows the audio's energy envelope (Pearson correlation of the per-frame opening with the RMS of
 * each 40 ms frame). Audio: the engine's synthetic babble, and English speech from espeak-ng when it
 * is installed.
 */
final class AvatarBench {
    /** One measured clip. */
    record Result(String audio, double seconds, double renderSeconds, double correlation) {}

    List<Result> run(Path dir) throws Exception {
        List<Result> out = new ArrayList<>();
        Path babble = dir.resolve("babble.wav");
        SpeechLike.writeWav(SpeechLike.samples(10, 130, 7), babble);
        run(dir, "synthetic babble", babble); // warm-up
        out.add(run(dir, "synthetic babble", babble));
        if (Subprocess.which("espeak-ng").isPresent()) {
            Path speech = dir.resolve("speech.wav");
            Subprocess.of(
                            "espeak-ng",
                            "-w",
                            speech.toString(),
                            "Good morning. This short clip is read by espeak,"
                                    + " so that the presenter has real words to speak. The mouth should open on the vowels,"
                                    + " close on the pauses, and blink now and then.")
                    .run();
            out.add(run(dir, "espeak-ng speech", speech));
        }
        return out;
    }

    private Result run(Path dir, String name, Path audio) throws Exception {
        Path scratch = Files.createTempDirectory(dir, "avatar");
        AvatarTool tool = new AvatarTool(PhoneTimings.NONE, Watermark.DEFAULT, Duration.ofMinutes(5));
        long start = System.nanoTime();
        BenchRun ctx = new BenchRun(scratch, "vg_exec_bench", 0)
                .withInput("vg_file_bench", audio, FileType.AUDIO, "audio/wav");
        ctx.input.put("avatarPresenterId", "vg_pres_ada").put("audioStorageFileId", "vg_file_bench");
        tool.run(ctx);
        double render = (System.nanoTime() - start) / 1e9;
        Pcm pcm = Pcm.decode(audio, scratch, () -> false, Duration.ofMinutes(1));
        AudioFeatures f = AudioFeatures.of(pcm);
        return new Result(
                name, pcm.seconds(), render, correlation(MouthTrack.of(f, null).open(), f.rms()));
    }

    static double correlation(double[] x, double[] y) {
        int n = Math.min(x.length, y.length);
        double mx = 0, my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
