package dev.framewright.engines.sfx;

import dev.framewright.engines.sfx.dsp.Buf;
import dev.framewright.engines.sfx.dsp.Env;
import dev.framewright.engines.sfx.dsp.Modal;
import dev.framewright.engines.sfx.dsp.Osc;
import dev.framewright.engines.sfx.dsp.Scatter;
import dev.framewright.engines.sfx.dsp.Svf;

/** Struck objects: impacts, glass and doors, made of modal bodies excited by short bursts. */
final class Hits {
    static final Recipe IMPACT = Recipe.of(Hits::impact, new Recipe.Room(0.6, 0.7, 0.15, 0.5), -13);
    static final Recipe GLASS = Recipe.of(Hits::glass, new Recipe.Room(0.7, 0.9, 0.18, 0.3), -16);
    static final Recipe DOOR = Recipe.of(Hits::door, new Recipe.Room(0.6, 0.6, 0.14, 0.5), -16);

    private Hits() {}

    /** A thump falling in pitch, a click, a short noisy body; knocks repeat two or three times. */
    static float[] impact(Render r) {
        float[] out = r.buffer();
        int hits = r.spec.mentions("knock", "knocking") ? 2 + r.random.nextInt(2) : 1;
        double gap = r.around(0.2);
        for (int k = 0; k < hits; k++) {
            Buf.mix(out, hit(r, r.size(), 1.0), r.samples(0.01 + k * gap), k == 0 ? 1 : 0.85);
        }
        return out;
    }

    /** One hit: thump + click + body, with wood or metal modes when the prompt names them. */
    static float[] hit(Render r, double size, double length) {
        float[] out = new float[Math.min(r.length, r.samples(length))];
        double f0 = r.around(95) * (1 - 0.4 * size);
        Osc thump = new Osc(Osc.Shape.SINE, r.rate, 0.25);
        Env thumpEnv = Env.percussive(r.rate, 0.001, r.around(0.28) * (1 + 0.6 * size));
        Svf clickHp = new Svf(Svf.Mode.HIGH, r.rate, 1800, 0.7);
        Env clickEnv = Env.percussive(r.rate, 0.0003, 0.025);
        Svf bodyLp = new Svf(Svf.Mode.LOW, r.rate, r.around(700) * (1 - 0.3 * size), 1.2);
        Env bodyEnv = Env.percussive(r.rate, 0.0008, r.around(0.14) * (1 + 0.5 * size));
        Modal material = material(r, size);
        for (int i = 0; i < out.length; i++) {
            double t = i / (double) r.rate;
            double click = clickHp.process(r.noise.white()) * clickEnv.next();
            double body = bodyLp.process(r.noise.white()) * bodyEnv.next();
            double th = thump.next(f0 * (0.55 + 0.45 * Math.exp(-t / 0.05))) * thumpEnv.next();
            double excite = i < r.samples(0.002) ? r.noise.white() : 0;
            out[i] = (float) (th * 1.0 + body * 0.7 + click * 0.35 + material.process((float) excite) * 0.5);
        }
        return out;
    }

    /** Modes of the named material: metal rings long and inharmonic, wood short; none otherwise. */
    static Modal material(Render r, double size) {
        Modal m = new Modal(r.rate);
        double scale = 1 - 0.35 * size;
        if (r.spec.has(Modifier.METALLIC)) {
            double f = r.around(520) * scale;
            for (double ratio : new double[] {1, 2.756, 5.404, 8.933}) {
                m.mode(f * ratio * r.uniform(0.98, 1.02), r.around(1.2) / Math.sqrt(ratio), 0.5 / ratio);
            }
        } else if (r.spec.has(Modifier.WOODEN) || r.spec.mentions("knock", "knocking", "door")) {
            double f = r.around(210) * scale;
            for (double ratio : new double[] {1, 1.58, 2.31, 3.12}) {
                m.mode(f * ratio, r.around(0.09) / ratio, 0.6 / ratio);
            }
        }
        return m;
    }

    /**
     * Shattering: a crack, then dozens of shards (short inharmonic modes between 2 and 9 kHz) falling
     * ever more sparsely; a "clink" is a single ringing strike.
     */
    static float[] glass(Render r) {
        float[] out = r.buffer();
        if (r.spec.mentions("clink", "toast", "ting")) {
            Buf.mix(out, shard(r, r.around(2300), 1.2, 4), r.samples(0.01), 1.0);
            return out;
        }
        float[] crack = new float[r.samples(0.08)];
        Svf hp = new Svf(Svf.Mode.HIGH, r.rate, 2500, 0.8);
        Env env = Env.percussive(r.rate, 0.0003, 0.06);
        for (int i = 0; i < crack.length; i++) {
            crack[i] = hp.process(r.noise.white()) * env.next();
        }
        Buf.mix(out, crack, 0, 0.8);
        double within = Math.min(r.seconds(), 1.2 * (1 + 0.4 * r.size()));
        double rate = 90 * (1 + 0.6 * r.size());
        int[] at = Scatter.events(r.random, r.rate, out.length, t -> rate * Math.exp(-t / (within / 3)), rate);
        for (int start : at) {
            Buf.mix(out, shard(r, r.uniform(2200, 8500), r.uniform(0.05, 0.35), 3), start, r.uniform(0.1, 0.5));
        }
        return out;
    }

    /** A small piece of glass: {@code modes} inharmonic modes above {@code hz}, struck once. */
    static float[] shard(Render r, double hz, double decay, int modes) {
        Modal m = new Modal(r.rate);
        for (int k = 0; k < modes; k++) {
            m.mode(hz * (1 + k * r.uniform(0.6, 1.7)), decay / (1 + k * 0.5), 1.0 / (1 + k));
        }
        float[] out = new float[r.samples(decay + 0.02)];
        for (int i = 0; i < out.length; i++) {
            out[i] = m.process(i == 0 ? 1f : 0f);
        }
        return out;
    }

    /**
     * A creak (stick-slip: a pulse train whose rate wanders between 20 and 150 Hz, ringing a wooden
     * body), then, unless the door only creaks or loops, the door closing: a wooden thud and a latch
     * click. "Slam" shortens the creak and makes the thud bigger; "knock" is three knocks.
     */
    static float[] door(Render r) {
        float[] out = r.buffer();
        if (r.spec.mentions("knock", "knocking")) {
            return impact(r);
        }
        boolean slam = r.spec.mentions("slam", "slams", "slammed", "slamming", "close", "shut");
        boolean closes = !r.spec.has(Modifier.LOOP) && !r.spec.mentions("creak", "creaky", "creaking", "creaks");
        double creakSeconds = r.seconds() * (slam ? 0.2 : closes ? 0.7 : 0.95);
        Buf.mix(out, creak(r, creakSeconds), 0, 1.0);
        if (closes || slam) {
            float[] thud = hit(r, r.size() + (slam ? 0.6 : 0), 0.8);
            int at = r.samples(creakSeconds + 0.02);
            Buf.mix(out, thud, at, slam ? 1.4 : 0.9);
            float[] latch = shard(r, r.around(1900), 0.06, 2);
            Buf.mix(out, latch, at + r.samples(0.015), 0.25);
        }
        return out;
    }

    static float[] creak(Render r, double seconds) {
        float[] out = new float[Math.min(r.length, r.samples(seconds))];
        Svf body1 = new Svf(Svf.Mode.BAND, r.rate, r.around(650), 9);
        Svf body2 = new Svf(Svf.Mode.BAND, r.rate, r.around(1500), 7);
        Svf body3 = new Svf(Svf.Mode.BAND, r.rate, r.around(320), 6);
        double phase = 0;
        double hz = r.uniform(30, 60);
        double target = hz;
        Env env =
                new Env(r.rate).line(1, 0.05).hold(Math.max(0, seconds - 0.15)).line(0, 0.1);
        for (int i = 0; i < out.length; i++) {
            if (i % r.samples(0.12) == 0) {
                target = r.uniform(20, 150);
            }
            hz += (target - hz) * 0.0006;
            phase += hz / r.rate;
            float pulse = 0;
            if (phase >= 1) {
                phase -= 1;
                pulse = (float) r.uniform(0.6, 1.0);
            }
            float x = pulse + r.noise.white() * 0.02f;
            out[i] = (body1.process(x) * 1.0f + body2.process(x) * 0.6f + body3.process(x) * 0.8f) * env.next();
        }
        return out;
    }
}
