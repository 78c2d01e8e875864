package dev.framewright.engines.sfx;

import dev.framewright.engines.sfx.dsp.Buf;
import dev.framewright.engines.sfx.dsp.Env;
import dev.framewright.engines.sfx.dsp.Osc;
import dev.framewright.engines.sfx.dsp.Scatter;
import dev.framewright.engines.sfx.dsp.Svf;

/** Continuous textures: rain, wind, fire, water, whooshes and the fallback ambience. */
final class Textures {
    static final Recipe RAIN = Recipe.of(Textures::rain, new Recipe.Room(1.0, 0.8, 0.1, 0.4), -18);
    static final Recipe WIND = Recipe.of(Textures::wind, new Recipe.Room(1.2, 1.2, 0.1, 0.6), -18);
    static final Recipe FIRE = Recipe.of(Textures::fire, new Recipe.Room(0.6, 0.5, 0.08, 0.5), -18);
    static final Recipe WATER = Recipe.of(Textures::water, new Recipe.Room(0.8, 0.7, 0.1, 0.4), -18);
    static final Recipe WHOOSH = Recipe.of(Textures::whoosh, new Recipe.Room(0.5, 0.5, 0.08, 0.4), -16);
    static final Recipe AMBIENCE = Recipe.of(Textures::ambience, new Recipe.Room(1.5, 2.5, 0.3, 0.6), -20);

    private Textures() {}

    /**
     * A broadband hiss (pink noise between about 400 Hz and 9 kHz) and hundreds of drops per second,
     * each a few milliseconds of band-passed noise; heavy rain is denser and louder.
     */
    static float[] rain(Render r) {
        float[] out = r.buffer();
        Svf hp = new Svf(Svf.Mode.HIGH, r.rate, 400, 0.7);
        Svf lp = new Svf(Svf.Mode.LOW, r.rate, 9000, 0.7);
        for (int i = 0; i < out.length; i++) {
            out[i] = lp.process(hp.process(r.noise.pink())) * 0.35f;
        }
        double perSecond = r.around(160) * (1 + 1.2 * r.size());
        for (int start : Scatter.events(r.random, r.rate, out.length, t -> perSecond, perSecond)) {
            float[] drop = new float[r.samples(r.uniform(0.003, 0.012))];
            Svf bp = new Svf(Svf.Mode.BAND, r.rate, r.uniform(1500, 7000), 1.5);
            Env env = Env.percussive(r.rate, 0.0002, drop.length / (double) r.rate);
            for (int i = 0; i < drop.length; i++) {
                drop[i] = bp.process(r.noise.white()) * env.next();
            }
            Buf.mix(out, drop, start, r.uniform(0.3, 1.5));
        }
        return out;
    }

    /**
     * Noise through two band-passes whose centres drift slowly (200–900 Hz), under a gusting
     * loudness; "howling" adds a narrow whistle that glides.
     */
    static float[] wind(Render r) {
        float[] out = r.buffer();
        Svf a = new Svf(Svf.Mode.BAND, r.rate, 400, 1.6);
        Svf b = new Svf(Svf.Mode.BAND, r.rate, 700, 2.5);
        Svf whistle = new Svf(Svf.Mode.BAND, r.rate, 800, 18);
        boolean howl = r.spec.mentions("howling", "howl", "whistling", "blizzard", "gale");
        Drift fa = new Drift(r, 200, 650, 0.15);
        Drift fb = new Drift(r, 450, 900, 0.25);
        Drift gust = new Drift(r, 0.35, 1.0, 0.3 * (1 + r.size()));
        Drift fw = new Drift(r, 600, 1100, 0.2);
        double bigger = 1 - 0.3 * r.size();
        for (int i = 0; i < out.length; i++) {
            if ((i & 7) == 0) {
                a.set(fa.next(8) * bigger, 1.6);
                b.set(fb.next(8) * bigger, 2.5);
                whistle.set(fw.next(8), 18);
            }
            float n = r.noise.pink();
            double s = a.process(n) * 1.0 + b.process(n) * 0.6 + (howl ? whistle.process(n) * 1.5 : 0);
            out[i] = (float) (s * gust.next(1));
        }
        return out;
    }

    /** A low rumble of brown noise, a faint hiss, and crackles: sharp clicks of very uneven loudness. */
    static float[] fire(Render r) {
        float[] out = r.buffer();
        Svf lp = new Svf(Svf.Mode.LOW, r.rate, r.around(350), 0.7);
        Svf hiss = new Svf(Svf.Mode.BAND, r.rate, 3000, 0.8);
        Drift flicker = new Drift(r, 0.6, 1.0, 1.5);
        for (int i = 0; i < out.length; i++) {
            double f = flicker.next(1);
            out[i] = (float) ((lp.process(r.noise.brown()) * 1.4 + hiss.process(r.noise.white()) * 0.04) * f);
        }
        double perSecond = r.around(14) * (1 + 0.8 * r.size());
        for (int start : Scatter.events(r.random, r.rate, out.length, t -> perSecond, perSecond)) {
            int pops = 1 + (r.random.nextDouble() < 0.3 ? r.random.nextInt(4) : 0);
            for (int p = 0; p < pops; p++) {
                float[] click = new float[r.samples(r.uniform(0.001, 0.004))];
                Svf hp = new Svf(Svf.Mode.HIGH, r.rate, r.uniform(1200, 3000), 0.8);
                Env env = Env.percussive(r.rate, 0.0001, click.length / (double) r.rate);
                for (int i = 0; i < click.length; i++) {
                    click[i] = hp.process(r.noise.white()) * env.next();
                }
                double amp = Math.pow(r.random.nextDouble(), 3) * 2.5 + 0.15;
                Buf.mix(out, click, start + r.samples(p * r.uniform(0.005, 0.03)), amp);
            }
        }
        return out;
    }

    /**
     * Bubbles (sines rising in pitch as they decay, Minnaert-like), over a stream's low noise bed by
     * default; "drip" is slow single drops, "splash" a burst then bubbles, "bubbles" only bubbles.
     */
    static float[] water(Render r) {
        float[] out = r.buffer();
        boolean drip = r.spec.mentions("drip", "dripping", "drop", "drops");
        boolean splash = r.spec.mentions("splash", "splashing");
        boolean onlyBubbles = r.spec.mentions("bubble", "bubbles", "bubbling") || r.spec.has(Modifier.UNDERWATER);
        if (!drip && !onlyBubbles) {
            Svf lp = new Svf(Svf.Mode.LOW, r.rate, 1100, 0.7);
            Svf bp = new Svf(Svf.Mode.BAND, r.rate, 600, 1.0);
            Drift level = new Drift(r, 0.7, 1.0, 2);
            for (int i = 0; i < out.length; i++) {
                out[i] = (float)
                        ((lp.process(r.noise.pink()) * 0.5 + bp.process(r.noise.white()) * 0.25) * level.next(1));
            }
        }
        if (splash) {
            float[] burst = new float[r.samples(0.6)];
            Svf bp = new Svf(Svf.Mode.BAND, r.rate, 2200, 0.8);
            Env env = Env.percussive(r.rate, 0.003, 0.5 * (1 + 0.5 * r.size()));
            for (int i = 0; i < burst.length; i++) {
                burst[i] = bp.process(r.noise.white()) * env.next();
            }
            Buf.mix(out, burst, r.samples(0.01), 2.0);
        }
        double perSecond = drip ? r.around(1.6) : r.around(onlyBubbles ? 25 : 45) * (1 + 0.5 * r.size());
        double sizeScale = 1 - 0.4 * r.size();
        int[] at = drip
                ? Scatter.regular(r.random, r.rate, out.length, perSecond, 0.15)
                : Scatter.events(r.random, r.rate, out.length, t -> splash && t < 0.1 ? 0 : perSecond, perSecond);
        for (int start : at) {
            double hz = r.uniform(drip ? 900 : 400, drip ? 1600 : 1800) * sizeScale;
            Buf.mix(out, bubble(r, hz, r.uniform(0.012, 0.04)), start, r.uniform(0.3, 1.0) * (drip ? 1.5 : 0.6));
        }
        return out;
    }

    /** A bubble: a sine starting at {@code hz}, rising about 40 % while it decays over {@code decay} s. */
    static float[] bubble(Render r, double hz, double decay) {
        float[] out = new float[r.samples(decay * 3)];
        Osc osc = new Osc(Osc.Shape.SINE, r.rate, 0);
        Env env = Env.percussive(r.rate, 0.0005, decay * 3);
        for (int i = 0; i < out.length; i++) {
            double t = i / (double) r.rate;
            out[i] = osc.next(hz * (1 + 0.4 * t / (decay * 3))) * env.next();
        }
        return out;
    }

    /**
     * Air moving past: pink noise through a band-pass whose centre rises from about 250 Hz to 2.5 kHz
     * and falls back while the loudness swells and fades (a bell curve peaking a little before the
     * middle).
     */
    static float[] whoosh(Render r) {
        float[] out = r.buffer();
        double peakAt = r.uniform(0.38, 0.5);
        double width = r.around(0.22);
        double low = r.around(250) * (1 - 0.3 * r.size());
        double high = r.around(2500) * (1 - 0.35 * r.size());
        Svf bp = new Svf(Svf.Mode.BAND, r.rate, low, 1.4);
        Svf body = new Svf(Svf.Mode.LOW, r.rate, low * 2, 0.7);
        for (int i = 0; i < out.length; i++) {
            double x = i / (double) out.length;
            double bell = Math.exp(-Math.pow((x - peakAt) / width, 2));
            if ((i & 7) == 0) {
                bp.set(low + (high - low) * bell, 1.4);
            }
            float n = r.noise.pink();
            out[i] = (float) ((bp.process(n) * 1.0 + body.process(n) * 0.3) * bell);
        }
        return out;
    }

    /**
     * What an unrecognised prompt gets: a quiet evolving drone, noise through three resonances tuned
     * to a chord picked from the seed, drifting slowly, over a soft sine.
     */
    static float[] ambience(Render r) {
        float[] out = r.buffer();
        double root = r.uniform(90, 180) * (1 - 0.3 * r.size());
        double[] ratios = {1, 1.5, 2.25};
        Svf[] bands = new Svf[3];
        Drift[] drift = new Drift[3];
        for (int k = 0; k < 3; k++) {
            bands[k] = new Svf(Svf.Mode.BAND, r.rate, root * ratios[k], 25);
            drift[k] = new Drift(r, 0.985, 1.015, 0.1);
        }
        Osc sine = new Osc(Osc.Shape.SINE, r.rate, 0);
        Drift swell = new Drift(r, 0.5, 1.0, 0.15);
        for (int i = 0; i < out.length; i++) {
            if ((i & 15) == 0) {
                for (int k = 0; k < 3; k++) {
                    bands[k].set(root * ratios[k] * drift[k].next(16), 25);
                }
            }
            float n = r.noise.pink();
            double s = bands[0].process(n) + bands[1].process(n) * 0.7 + bands[2].process(n) * 0.5;
            out[i] = (float) ((s * 2 + sine.next(root) * 0.05) * swell.next(1));
        }
        return out;
    }

    /**
     * A smooth random value between {@code lo} and {@code hi} that picks a new target {@code perSecond}
     * times a second (on average) and glides there: for gusts, flicker and drifting filters.
     */
    static final class Drift {
        private final Render r;
        private final double lo;
        private final double hi;
        private final double perSecond;
        private double value;
        private double target;
        private int left;

        Drift(Render r, double lo, double hi, double perSecond) {
            this.r = r;
            this.lo = lo;
            this.hi = hi;
            this.perSecond = Math.max(0.02, perSecond);
            this.value = r.uniform(lo, hi);
            this.target = value;
        }

        /** Advances by {@code samples} and returns the value. */
        double next(int samples) {
            left -= samples;
            if (left <= 0) {
                target = r.uniform(lo, hi);
                left = r.samples(r.uniform(0.5, 1.5) / perSecond);
            }
            double glide = 1 - Math.exp(-samples * perSecond * 3 / r.rate);
            value += (target - value) * glide;
            return value;
        }
    }
}
