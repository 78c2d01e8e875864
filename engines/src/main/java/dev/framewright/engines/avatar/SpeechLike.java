package dev.framewright.engines.avatar;

import dev.framewright.engines.scene.Noise;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * Babble that moves a mouth: voiced syllables (a glottal harmonic series shaped by the formants of
 * a, e, i, o, u), some hissed consonants, and pauses between words. Used for the presenters'
 * preview clips, the tests and the benchmark — it is not speech. Seeded and deterministic.
 */
public final class SpeechLike {
    private static final double[][] FORMANTS = {{730, 1090}, {530, 1840}, {270, 2290}, {570, 840}, {300, 870}};

    private SpeechLike() {}

    /** Mono 16 kHz samples of {@code seconds} of babble at fundamental {@code f0} Hz. */
    public static float[] samples(double seconds, double f0, long seed) {
        Noise n = new Noise(seed);
        int total = (int) (seconds * Pcm.RATE);
        float[] out = new float[total];
        int pos = (int) (0.25 * Pcm.RATE);
        for (int k = 0; pos < total; k++) {
            int syllables = 1 + (int) (n.uniform(5 * k) * 3);
            for (int s = 0; s < syllables && pos < total; s++) {
                int len = (int) ((0.14 + 0.16 * n.uniform(5 * k + 1 + s * 7)) * Pcm.RATE);
                double[] formant = FORMANTS[(int) (n.uniform(5 * k + 2 + s * 11) * FORMANTS.length)];
                double loud = 0.25 + 0.2 * n.uniform(5 * k + 3 + s * 13);
                if (n.uniform(5 * k + 4 + s * 17) < 0.25) {
                    hiss(out, pos, len / 2, 0.05, n.derive(k * 31L + s));
                    pos += len / 2;
                }
                voice(out, pos, len, f0 * (0.9 + 0.2 * n.uniform(k * 19L + s)), formant, loud);
                pos += len;
            }
            pos += (int) ((0.12 + 0.35 * n.uniform(9000 + k)) * Pcm.RATE);
        }
        return out;
    }

    private static void voice(float[] out, int start, int len, double f0, double[] formant, double loud) {
        int harmonics = (int) (3800 / f0);
        double[] amp = new double[harmonics + 1];
        for (int h = 1; h <= harmonics; h++) {
            double hz = h * f0;
            amp[h] = (res(hz, formant[0], 90) + 0.6 * res(hz, formant[1], 120) + 0.2 * res(hz, 2600, 200)) / h;
        }
        for (int i = 0; i < len && start + i < out.length; i++) {
            double t = (double) i / Pcm.RATE;
            double env = Math.min(1, i / (0.03 * Pcm.RATE)) * Math.min(1, (len - i) / (0.06 * Pcm.RATE));
            double v = 0;
            for (int h = 1; h <= harmonics; h++) {
                v += amp[h] * Math.sin(2 * Math.PI * h * f0 * t);
            }
            out[start + i] += (float) (loud * env * v);
        }
    }

    private static double res(double hz, double centre, double width) {
        double d = (hz - centre) / width;
        return 1 / (1 + d * d);
    }

    private static void hiss(float[] out, int start, int len, double loud, Noise n) {
        double prev = 0;
        for (int i = 0; i < len && start + i < out.length; i++) {
            double white = n.uniform(i) * 2 - 1;
            double high = white - prev;
            prev = white;
            double env = Math.sin(Math.PI * i / len);
            out[start + i] += (float) (loud * env * high);
        }
    }

    /** Writes 16-bit PCM WAV. */
    public static void writeWav(float[] samples, Path file) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (float s : samples) {
            b.putShort((short) Math.round(Math.max(-1, Math.min(1, s)) * 32767));
        }
        AudioFormat format = new AudioFormat(Pcm.RATE, 16, 1, true, false);
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(b.array()), format, samples.length)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, file.toFile());
        }
    }
}
