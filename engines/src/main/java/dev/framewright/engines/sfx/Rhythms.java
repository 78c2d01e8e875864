package dev.framewright.engines.sfx;

import dev.framewright.engines.sfx.dsp.Buf;
import dev.framewright.engines.sfx.dsp.Env;
import dev.framewright.engines.sfx.dsp.Modal;
import dev.framewright.engines.sfx.dsp.Osc;
import dev.framewright.engines.sfx.dsp.Scatter;
import dev.framewright.engines.sfx.dsp.Svf;

/** Sounds made of repeating events: engines, footsteps, typing and heartbeats. */
final class Rhythms {
    static final Recipe ENGINE = Recipe.of(Rhythms::engine, new Recipe.Room(0.6, 0.5, 0.06, 0.5), -16);
    static final Recipe FOOTSTEPS = Recipe.of(Rhythms::footsteps, new Recipe.Room(0.7, 0.7, 0.14, 0.5), -16);
    static final Recipe TYPING = Recipe.of(Rhythms::typing, new Recipe.Room(0.4, 0.4, 0.08, 0.5), -18);
    static final Recipe HEARTBEAT = Recipe.of(Rhythms::heartbeat, new Recipe.Room(0.3, 0.3, 0.03, 0.7), -14);

    private Rhythms() {}

    /**
     * A combustion engine: one decaying pulse per firing (30 Hz idle, lower for big engines, higher for
     * motorbikes; rising when it revs or accelerates) through a resonant low-pass, a saw at twice the
     * firing rate for the exhaust tone, and a little mechanical hiss.
     */
    static float[] engine(Render r) {
        float[] out = r.buffer();
        double idle = r.around(30) * (1 - 0.35 * r.size()) * (r.spec.mentions("motorbike", "motorcycle") ? 1.6 : 1);
        boolean revs = r.spec.mentions("rev", "revving", "accelerating", "accelerate", "racing");
        Svf body = new Svf(Svf.Mode.LOW, r.rate, r.around(380) * (1 - 0.2 * r.size()), 2.5);
        Svf exhaust = new Svf(Svf.Mode.LOW, r.rate, 500, 0.9);
        Svf hissBp = new Svf(Svf.Mode.BAND, r.rate, 3000, 1.0);
        Osc saw = new Osc(Osc.Shape.SAW, r.rate, 0);
        double phase = 0;
        double pulse = 0;
        for (int i = 0; i < out.length; i++) {
            double t = i / (double) r.seconds() / r.rate;
            double hz = revs ? idle * (1 + 2 * Math.sin(Math.PI * Math.min(1, t * 1.2)) * t) : idle;
            phase += hz / r.rate;
            if (phase >= 1) {
                phase -= 1;
                pulse = r.uniform(0.85, 1.15);
            }
            pulse *= 0.9985;
            double fire = body.process((float) (pulse * pulse * (1 + 0.05 * r.noise.white())));
            double tone = exhaust.process(saw.next(hz * 2)) * 0.25;
            double hiss = hissBp.process(r.noise.white()) * 0.01;
            out[i] = (float) (fire * 1.2 + tone + hiss);
        }
        return out;
    }

    /**
     * Steps at a walking pace (about 1.8 a second; running 3, slow 1.2): each a heel strike then a
     * softer toe, on a hard floor by default; gravel, snow and grass crunch, wood and metal ring.
     */
    static float[] footsteps(Render r) {
        float[] out = r.buffer();
        boolean running = r.spec.mentions("running", "run", "sprinting", "jogging") || r.pace() > 0;
        double perSecond = r.around(running ? 3.0 : r.pace() < 0 ? 1.2 : 1.8) * (1 + 0.4 * r.pace());
        boolean crunch = r.spec.mentions("gravel", "snow", "grass", "leaves", "sand", "dirt");
        for (int at : Scatter.regular(r.random, r.rate, out.length, perSecond, 0.05)) {
            double weight = 1 + 0.4 * r.size();
            Buf.mix(out, step(r, crunch, weight), at, r.uniform(0.85, 1.0));
            Buf.mix(out, step(r, crunch, weight * 0.6), at + r.samples(r.uniform(0.06, 0.09)), 0.3);
        }
        return out;
    }

    static float[] step(Render r, boolean crunch, double weight) {
        float[] out = new float[r.samples(0.18)];
        Svf lp = new Svf(Svf.Mode.LOW, r.rate, r.around(650) / weight, 0.9);
        Svf hp = new Svf(Svf.Mode.HIGH, r.rate, 2000, 0.7);
        Env env = Env.percussive(r.rate, 0.001, r.around(0.05) * weight);
        Env crunchEnv = Env.percussive(r.rate, 0.003, 0.15);
        Modal material = Hits.material(r, 0);
        for (int i = 0; i < out.length; i++) {
            double n = r.noise.white();
            double e = env.next();
            double grit = crunch && r.random.nextDouble() < 0.08 ? hp.process((float) n) * crunchEnv.next() * 3 : 0;
            double m = material.process(i < r.samples(0.002) ? (float) n : 0f);
            out[i] = (float) (lp.process((float) n) * e * 1.5 + grit + m * 0.4);
        }
        return out;
    }

    /**
     * Key presses in bursts (words) of three to seven at about eight a second, with pauses: each a
     * bright click, a short plastic knock, and a softer release; the space bar is lower.
     */
    static float[] typing(Render r) {
        float[] out = r.buffer();
        boolean typewriter = r.spec.mentions("typewriter");
        double perSecond = r.around(8) * (1 + 0.4 * r.pace());
        double t = 0.05;
        while (t < r.seconds()) {
            int word = 3 + r.random.nextInt(5);
            for (int k = 0; k < word && t < r.seconds(); k++) {
                Buf.mix(out, key(r, r.around(typewriter ? 900 : 1400), typewriter), r.samples(t), 1.0);
                t += r.around(1 / perSecond);
            }
            Buf.mix(out, key(r, 600, typewriter), r.samples(t), 0.8);
            t += r.uniform(0.15, 0.45);
        }
        return out;
    }

    static float[] key(Render r, double hz, boolean typewriter) {
        float[] out = new float[r.samples(0.12)];
        Svf hp = new Svf(Svf.Mode.HIGH, r.rate, 2500, 0.7);
        Svf body = new Svf(Svf.Mode.BAND, r.rate, hz, typewriter ? 6 : 3);
        Env click = Env.percussive(r.rate, 0.0002, 0.004);
        Env knock = Env.percussive(r.rate, 0.0005, typewriter ? 0.05 : 0.02);
        int release = r.samples(r.uniform(0.06, 0.09));
        for (int i = 0; i < out.length; i++) {
            float n = r.noise.white();
            double c = hp.process(n) * click.next();
            double b = body.process(n) * knock.next() * 2.5;
            double up = i >= release && i < release + r.samples(0.003) ? hp.process(n) * 0.25 : 0;
            out[i] = (float) (c + b + up);
        }
        return out;
    }

    /**
     * "Lub-dub": two low thumps (about 55 and 75 Hz) a third of a second apart, at 70 beats a minute
     * (fast 120, slow 50).
     */
    static float[] heartbeat(Render r) {
        float[] out = r.buffer();
        double bpm = r.around(70) * (1 + 0.7 * Math.max(0, r.pace()) + 0.3 * Math.min(0, r.pace()));
        double period = 60 / bpm;
        for (int at : Scatter.regular(r.random, r.rate, out.length, 1 / period, 0.02)) {
            Buf.mix(out, thump(r, r.around(55) * (1 - 0.2 * r.size()), 0.12), at, 1.0);
            Buf.mix(out, thump(r, r.around(75) * (1 - 0.2 * r.size()), 0.09), at + r.samples(period * 0.35), 0.7);
        }
        return out;
    }

    static float[] thump(Render r, double hz, double decay) {
        float[] out = new float[r.samples(decay * 1.5)];
        Osc osc = new Osc(Osc.Shape.SINE, r.rate, 0.25);
        Svf lp = new Svf(Svf.Mode.LOW, r.rate, 140, 0.7);
        Env env = Env.percussive(r.rate, 0.008, decay);
        for (int i = 0; i < out.length; i++) {
            double t = i / (double) r.rate;
            out[i] = (float)
                    ((osc.next(hz * (1 + 0.3 * Math.exp(-t / 0.02))) + lp.process(r.noise.white()) * 0.3) * env.next());
        }
        return out;
    }
}
