package dev.framewright.engines.avatar;

import dev.framewright.contract.ErrorCode;
import dev.framewright.core.executions.ToolFailure;
import dev.framewright.engines.process.Subprocess;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Audio decoded to mono 16 kHz samples (−1…1) by ffmpeg, for analysis. */
public record Pcm(float[] samples) {
    public static final int RATE = 16000;

    /** Longest audio analysed: 30 minutes (60 MB of samples). */
    static final int MAX_SECONDS = 1800;

    public double seconds() {
        return samples.length / (double) RATE;
    }

    /**
     * Decodes any audio (or the audio of a video) ffmpeg reads.
     *
     * @throws ToolFailure {@code input_invalid} when ffmpeg cannot decode it or it has no sound
     */
    public static Pcm decode(Path audio, Path scratch, BooleanSupplier cancelled, Duration timeout)
            throws ToolFailure, InterruptedException {
        Path raw = scratch.resolve("audio.s16le");
        try {
            Subprocess.of(
                            "ffmpeg",
                            "-hide_banner",
                            "-nostdin",
                            "-y",
                            "-i",
                            audio.toString(),
                            "-vn",
                            "-ac",
                            "1",
                            "-ar",
                            String.valueOf(RATE),
                            "-t",
                            String.valueOf(MAX_SECONDS),
                            "-f",
                            "s16le",
                            "-acodec",
                            "pcm_s16le",
                            raw.toString())
                    .workingDir(scratch)
                    .cancelledWhen(cancelled)
                    .timeout(timeout)
                    .run();
        } catch (ToolFailure f) {
            if (f.code() == ErrorCode.ENGINE_FAILED && !cancelled.getAsBoolean()) {
                throw new ToolFailure(
                        ErrorCode.INPUT_INVALID, "The audio could not be decoded: " + f.getMessage(), false, f);
            }
            throw f;
        }
        try {
            byte[] bytes = Files.readAllBytes(raw);
            Files.deleteIfExists(raw);
            if (bytes.length < 2) {
                throw ToolFailure.inputInvalid("The audio file has no sound to speak");
            }
            float[] s = new float[bytes.length / 2];
            var shorts = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer();
            for (int i = 0; i < s.length; i++) {
                s[i] = shorts.get(i) / 32768f;
            }
            return new Pcm(s);
        } catch (IOException e) {
            throw new ToolFailure(ErrorCode.INTERNAL_ERROR, "The decoded audio could not be read", true, e);
        }
    }
}
