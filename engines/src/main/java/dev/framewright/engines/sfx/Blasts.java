package dev.framewright.engines.sfx;

import dev.framewright.engines.sfx.dsp.Buf;
import dev.framewright.engines.sfx.dsp.Env;
import dev.framewright.engines.sfx.dsp.Osc;
import dev.framewright.engines.sfx.dsp.Scatter;
import dev.framewright.engines.sfx.dsp.Svf;

/** Explosions, gunshots and thunder: a bright crack, then low energy that decays. */
final class Blasts {
    static final Recipe EXPLOSION = Recipe.of(Blasts::explosion, new Recipe.Room(1.6, 2.5, 0.22, 0.65), -11);
    static final Recipe GUNSHOT = Recipe.of(Blasts::gunshot, new Recipe.Room(1.3, 1.6, 0.3, 0.5), -12);
    static final Recipe THUNDER = Recipe.of(Blasts::thunder, new Recipe.Room(2.0, 4.0, 0.3, 0.75), -13);

    private Blasts() {}

    /**
     * A short high-passed crack, a brown-noise body whose low-pass falls from kHz to 150 Hz as it
     * decays over the whole length, a sub-bass thump falling in pitch, and debris crackles early on.
     */
    static float[] explosion(Render r) {
        double size = r.size();
        float[] out = r.buffer();
        double seconds = r.seconds();
        Svf crackHp = new Svf(Svf.Mode.HIGH, r.rate, 1200, 0.7);
        Env crack = Env.percussive(r.rate, 0.0008, r.around(0.09));
        Svf body = new Svf(Svf.Mode.LOW, r.rate, 2500, 0.9);
        Env bodyEnv = new Env(r.rate).line(1, 0.006).exp(0.35, 0.25 * seconds).exp(0, 0.72 * seconds);
        Osc sub = new Osc(Osc.Shape.SINE, r.rate, 0);
        double subHz = r.around(52) * (1 - 0.3 * size);
        Env subEnv = Env.percussive(r.rate, 0.004, Math.min(seconds, r.around(1.3) * (1 + 0.5 * size)));
        double topHz = r.around(2600) * (1 - 0.3 * size);
        for (int i = 0; i < out.length; i++) {
            double t = i / (double) r.rate;
            if ((i & 7) == 0) {
                body.set(150 + topHz * Math.exp(-t / (0.18 * seconds)), 0.9);
            }
            double c = crackHp.process(r.noise.white()) * crack.next() * 0.55;
            double b = body.process(r.noise.brown()) * bodyEnv.next() * 1.6;
            double s = sub.next(subHz * (0.6 + 0.4 * Math.exp(-t / 0.35))) * subEnv.next() * 0.9;
            out[i] = (float) (c + b + s);
        }
        debris(r, out, 0.6 * seconds, 40 * (1 + 0.5 * size), 0.07);
        return out;
    }

    /** A sharp crack, a short boom and the room or landscape answering. */
    static float[] gunshot(Render r) {
        double size = r.size();
        float[] out = r.buffer();
        Svf crackHp = new Svf(Svf.Mode.HIGH, r.rate, 900, 0.7);
        Env crack = Env.percussive(r.rate, 0.0003, r.around(0.035));
        Svf body = new Svf(Svf.Mode.LOW, r.rate, r.around(1600), 0.8);
        Env bodyEnv = Env.percussive(r.rate, 0.001, r.around(0.3) * (1 + 0.4 * size));
        Osc sub = new Osc(Osc.Shape.SINE, r.rate, 0.25);
        Env subEnv = Env.percussive(r.rate, 0.001, 0.25);
        for (int i = 0; i < out.length; i++) {
            double t = i / (double) r.rate;
            double c = crackHp.process(r.noise.white()) * crack.next() * 1.6;
            double b = body.process(r.noise.white()) * bodyEnv.next() * 0.8;
            double s = sub.next(90 * (0.5 + 0.5 * Math.exp(-t / 0.05))) * subEnv.next() * 0.35;
            out[i] = (float) (c + b + s);
        }
        return out;
    }

    /**
     * A crack (a few quick strikes) and a long rumble: brown noise below about 250 Hz rolling in
     * loudness (slow random modulation) under a long decay.
     */
    static float[] thunder(Render r) {
        double seconds = r.seconds();
        float[] out = r.buffer();
        int strikes = 1 + r.random.nextInt(3);
        for (int k = 0; k < strikes; k++) {
            int at = r.samples(k * r.uniform(0.03, 0.12));
            float[] crack = new float[r.samples(0.5)];
            Svf hp = new Svf(Svf.Mode.HIGH, r.rate, 700, 0.7);
            Env env = Env.percussive(r.rate, 0.001, r.around(0.35));
            for (int i = 0; i < crack.length; i++) {
                crack[i] = hp.process(r.noise.white()) * env.next();
            }
            Buf.mix(out, crack, at, 0.45 / (k + 1));
        }
        Svf lp = new Svf(Svf.Mode.LOW, r.rate, r.around(220) * (1 - 0.3 * r.size()), 0.8);
        Svf lp2 = new Svf(Svf.Mode.LOW, r.rate, 300, 0.7);
        Env env = new Env(r.rate).line(1, r.around(0.4)).exp(0.5, 0.3 * seconds).exp(0, 0.65 * seconds);
        double roll = 0;
        double rollTarget = 1;
        int hold = 0;
        for (int i = 0; i < out.length; i++) {
            if (hold-- <= 0) {
                rollTarget = 0.35 + r.random.nextDouble() * 0.65;
                hold = r.samples(r.uniform(0.15, 0.6));
            }
            roll += (rollTarget - roll) * 0.0004;
            double rumble = lp2.process(lp.process(r.noise.brown())) * 3.2;
            out[i] += (float) (rumble * env.next() * (0.3 + roll));
        }
        return out;
    }

    /** Short bright crackles scattered over the first {@code withinSeconds}, thinning out. */
    static void debris(Render r, float[] out, double withinSeconds, double perSecond, double gain) {
        int[] at = Scatter.events(
                r.random,
                r.rate,
                out.length,
                t -> t < withinSeconds ? perSecond * (1 - t / withinSeconds) : 0,
                perSecond);
        for (int start : at) {
            float[] grain = new float[r.samples(0.006)];
            Svf bp = new Svf(Svf.Mode.BAND, r.rate, r.uniform(1500, 5000), 2);
            Env env = Env.percussive(r.rate, 0.0002, 0.005);
            for (int i = 0; i < grain.length; i++) {
                grain[i] = bp.process(r.noise.white()) * env.next();
            }
            Buf.mix(out, grain, start, gain * r.uniform(0.2, 1));
        }
    }
}
