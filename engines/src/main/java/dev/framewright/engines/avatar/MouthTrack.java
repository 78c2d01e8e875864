package dev.framewright.engines.avatar;

import java.util.Arrays;
import java.util.List;

/**
 * The mouth of every frame, from the audio itself: how far it opens follows the loudness (relative
 * to the clip's own speech level and noise floor), spread lips follow a strong second formant,
 * rounded lips a weak one, and fricatives keep it nearly closed with the teeth showing. With phone
 * timings the phones set the shapes and the energy still scales the opening. Coarticulation: the
 * mouth anticipates the next frame and opens faster than it closes.
 */
public record MouthTrack(double[] open, double[] wide, double[] round) {
    private static final double GATE_DBFS = -50;

    public int frames() {
        return open.length;
    }

    public static MouthTrack of(AudioFeatures a, List<PhoneTimings.Phone> phones) {
        int n = a.frames();
        double[] loud = loudness(a.rms());
        double[] open = new double[n], wide = new double[n], round = new double[n];
        for (int f = 0; f < n; f++) {
            double total = a.low()[f] + a.mid()[f] + a.high()[f] + 1e-12;
            double voiced = a.low()[f] / total;
            double f2 = a.mid()[f] / (a.low()[f] + a.mid()[f] + 1e-12);
            double hiss = a.high()[f] / total;
            open[f] = Math.pow(loud[f], 0.85) * (0.65 + 0.35 * voiced);
            wide[f] = clamp((f2 - 0.2) / 0.45) * loud[f];
            round[f] = clamp((0.3 - f2) / 0.25) * voiced * loud[f];
            if (hiss > 0.5) {
                open[f] = Math.min(open[f], 0.2);
                wide[f] = Math.max(wide[f], 0.6 * loud[f]);
            }
        }
        if (phones != null && !phones.isEmpty()) {
            double[][] t = PhoneVisemes.track(phones, n);
            for (int f = 0; f < n; f++) {
                open[f] = t[0][f] * (0.4 + 0.6 * loud[f]);
                wide[f] = t[1][f];
                round[f] = t[2][f];
            }
        }
        return new MouthTrack(
                coarticulate(open, 0.7, 0.4), coarticulate(wide, 0.5, 0.5), coarticulate(round, 0.5, 0.5));
    }

    /**
     * Loudness 0–1 per frame, relative to the clip's speech level (95th percentile): half on a dB scale
     * above its noise floor (quiet syllables still move the lips), half linear (loud ones open wide).
     * Silent below −50 dBFS.
     */
    static double[] loudness(double[] rms) {
        double[] db = Arrays.stream(rms).map(r -> 20 * Math.log10(r + 1e-9)).toArray();
        double[] sorted = db.clone();
        Arrays.sort(sorted);
        double top = sorted[(int) (0.95 * (sorted.length - 1))];
        double topRms = Math.pow(10, top / 20);
        double floor = Math.max(sorted[(int) (0.1 * (sorted.length - 1))], GATE_DBFS);
        floor = Math.min(floor, top - 30);
        double[] out = new double[db.length];
        for (int i = 0; i < db.length; i++) {
            double log = clamp((db[i] - floor - 3) / (top - floor - 3));
            out[i] = db[i] < GATE_DBFS ? 0 : 0.5 * log + 0.5 * clamp(rms[i] / topRms);
        }
        return out;
    }

    /**
     * Anticipates the next target (half of it) and follows it with different speeds rising and
     * falling, then averages three frames.
     */
    static double[] coarticulate(double[] x, double rise, double fall) {
        int n = x.length;
        double[] y = new double[n];
        double s = 0;
        for (int i = 0; i < n; i++) {
            double target = Math.max(x[i], i + 1 < n ? 0.5 * x[i + 1] : 0);
            s += (target > s ? rise : fall) * (target - s);
            y[i] = s;
        }
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = (y[Math.max(0, i - 1)] + 2 * y[i] + y[Math.min(n - 1, i + 1)]) / 4;
        }
        return z;
    }

    static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
