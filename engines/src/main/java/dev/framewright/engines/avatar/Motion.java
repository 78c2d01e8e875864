package dev.framewright.engines.avatar;

import dev.framewright.engines.scene.Noise;

/**
 * Everything but the mouth: blinks every 2–5.5 s (80 ms closing, 120 ms opening), slow head sway from
 * seeded noise, and small nods and brow raises on syllable onsets (rises in the opening track).
 */
final class Motion {
    private Motion() {}

    static Pose[] poses(MouthTrack mouth, long seed) {
        int n = mouth.frames();
        Noise noise = new Noise(seed);
        double[] blink = blinks(n, noise.derive(1));
        double[] emphasis = onsets(mouth.open());
        Pose[] out = new Pose[n];
        Noise tilt = noise.derive(2), turn = noise.derive(3), nod = noise.derive(4);
        for (int f = 0; f < n; f++) {
            double t = (double) f / AudioFeatures.FPS;
            out[f] = new Pose(
                    mouth.open()[f],
                    mouth.wide()[f],
                    mouth.round()[f],
                    blink[f],
                    0.05 * (tilt.fbm(t * 0.3, 3) - 0.5),
                    0.03 * (nod.fbm(t * 0.5, 3) - 0.5) + 0.025 * emphasis[f],
                    0.12 * (turn.fbm(t * 0.2, 3) - 0.5),
                    emphasis[f]);
        }
        return out;
    }

    static double[] blinks(int frames, Noise n) {
        double[] b = new double[frames];
        double fps = AudioFeatures.FPS;
        double next = 0.8 + 1.5 * n.uniform(0);
        for (int k = 1; next * fps < frames; k++) {
            int start = (int) Math.round(next * fps);
            double[] shape = {0.5, 1, 0.66, 0.33};
            for (int i = 0; i < shape.length && start + i < frames; i++) {
                b[start + i] = shape[i];
            }
            next += 2.0 + 3.5 * n.uniform(k);
        }
        return b;
    }

    /** Smoothed positive change of the opening: 0–1 around the start of loud syllables. */
    static double[] onsets(double[] open) {
        double[] e = new double[open.length];
        double s = 0;
        for (int i = 0; i < open.length; i++) {
            double rise = i == 0 ? 0 : Math.max(0, open[i] - open[i - 1]);
            s = Math.max(rise * 3, s * 0.85);
            e[i] = Math.min(1, s);
        }
        return e;
    }
}
