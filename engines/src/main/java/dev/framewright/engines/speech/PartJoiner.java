package dev.framewright.engines.speech;

import dev.framewright.engines.audio.Pcm;
import dev.framewright.engines.audio.WavFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Joins the parts of one text into one track without clicks: each part's leading and trailing silence
 * is trimmed (keeping a short margin), its edges fade from the cut into the sound over the margin plus
 * {@value #FADE_SECONDS} s, so every part starts and ends at zero, and
 * parts are separated by {@value #PAUSE_SECONDS} s of silence, like a sentence break. Phone timings
 * move with their part. All parts must share one sample rate (one voice speaks them all).
 */
final class PartJoiner {
    static final double FADE_SECONDS = 0.010;
    static final double PAUSE_SECONDS = 0.30;
    static final double EDGE_SECONDS = 0.05;
    private static final double MARGIN_SECONDS = 0.03;
    private static final float SILENCE = 0.004f; // about -48 dBFS

    /** A phone placed on the joined track. */
    record TimedPhone(String phone, double start, double end) {}

    /** The joined track's sample rate and its phones (empty when the engine reported none). */
    record Joined(int rate, List<TimedPhone> phones) {}

    private PartJoiner() {}

    /**
     * Writes the parts, in order, into one WAVE file at {@code out}, reading one part at a time.
     *
     * @throws IOException when a part cannot be read or the output written
     */
    static Joined join(List<SpeechEngine.Part> parts, Path out) throws IOException {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("nothing to join");
        }
        List<TimedPhone> phones = new ArrayList<>();
        WavFile.Writer w = null;
        try {
            for (int i = 0; i < parts.size(); i++) {
                Pcm pcm = WavFile.read(parts.get(i).wav());
                if (w == null) {
                    w = WavFile.writer(out, pcm.rate());
                    w.silence(seconds(EDGE_SECONDS, pcm.rate()));
                } else if (pcm.rate() != w.rate()) {
                    throw new IOException("the parts differ in sample rate");
                } else {
                    w.silence(seconds(PAUSE_SECONDS, pcm.rate()));
                }
                append(pcm, parts.get(i).phones(), w, phones);
            }
            w.silence(seconds(EDGE_SECONDS, w.rate()));
        } finally {
            if (w != null) {
                w.close();
            }
        }
        return new Joined(w.rate(), phones);
    }

    private static void append(Pcm pcm, List<SpeechEngine.Phone> partPhones, WavFile.Writer w, List<TimedPhone> phones)
            throws IOException {
        int rate = pcm.rate();
        float[] s = pcm.samples();
        int margin = seconds(MARGIN_SECONDS, rate);
        int from = Math.max(0, firstSound(s) - margin);
        int to = Math.min(s.length, lastSound(s) + 1 + margin);
        float[] piece = to > from ? Arrays.copyOfRange(s, from, to) : new float[0];
        fade(piece, margin + seconds(FADE_SECONDS, rate)); // from the cut (below -48 dBFS) into the sound
        place(partPhones, from / (double) rate, w.length() / (double) rate, piece.length / (double) rate, phones);
        w.append(piece);
    }

    private static int seconds(double seconds, int rate) {
        return (int) Math.round(seconds * rate);
    }

    private static void place(
            List<SpeechEngine.Phone> in, double trimmed, double offset, double length, List<TimedPhone> out) {
        double previous = 0;
        for (SpeechEngine.Phone p : in) {
            double start = clamp(previous - trimmed, length);
            double end = clamp(p.end() - trimmed, length);
            previous = p.end();
            if (end > start) {
                out.add(new TimedPhone(p.phone(), offset + start, offset + end));
            }
        }
    }

    private static double clamp(double t, double length) {
        return Math.max(0, Math.min(length, t));
    }

    static int firstSound(float[] s) {
        for (int i = 0; i < s.length; i++) {
            if (Math.abs(s[i]) > SILENCE) {
                return i;
            }
        }
        return s.length;
    }

    static int lastSound(float[] s) {
        for (int i = s.length - 1; i >= 0; i--) {
            if (Math.abs(s[i]) > SILENCE) {
                return i;
            }
        }
        return -1;
    }

    /** Raised-cosine fade in and out over {@code n} samples at each end. */
    static void fade(float[] s, int n) {
        int len = Math.min(n, s.length / 2);
        for (int i = 0; i < len; i++) {
            float g = (float) (0.5 - 0.5 * Math.cos(Math.PI * i / len));
            s[i] *= g;
            s[s.length - 1 - i] *= g;
        }
    }
}
