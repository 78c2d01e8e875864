package dev.framewright.engines.sfx;

import dev.framewright.engines.sfx.dsp.Buf;
import dev.framewright.engines.sfx.dsp.Env;
import dev.framewright.engines.sfx.dsp.KarplusStrong;
import dev.framewright.engines.sfx.dsp.Osc;
import dev.framewright.engines.sfx.dsp.Sine;
import dev.framewright.engines.sfx.dsp.Svf;

/** Tones: lasers, interface sounds, alarms, coins, power-ups and plucked strings. */
final class Tones {
    static final Recipe LASER = Recipe.of(Tones::laser, new Recipe.Room(0.8, 0.9, 0.18, 0.3), -15);
    static final Recipe UI_BEEP = Recipe.of(Tones::beep, new Recipe.Room(0.3, 0.4, 0.08, 0.4), -18);
    static final Recipe ALARM = Recipe.of(Tones::alarm, new Recipe.Room(0.8, 0.8, 0.12, 0.5), -16);
    static final Recipe COIN = Recipe.of(Tones::coin, new Recipe.Room(0.4, 0.5, 0.1, 0.3), -16);
    static final Recipe POWER_UP = Recipe.of(Tones::powerUp, new Recipe.Room(0.5, 0.6, 0.12, 0.3), -16);
    static final Recipe PLUCK = Recipe.of(Tones::pluck, new Recipe.Room(0.6, 0.8, 0.12, 0.4), -16);

    private Tones() {}

    /**
     * Shots whose pitch falls exponentially from about 2.5 kHz to 200 Hz in a tenth of a second,
     * frequency-modulated for a metallic edge; "pew pew" and long prompts fire several.
     */
    static float[] laser(Render r) {
        float[] out = r.buffer();
        int shots = r.spec.words().stream().filter(w -> w.equals("pew")).count() > 1
                ? 2
                : r.seconds() >= 1.5 ? (int) Math.min(4, Math.floor(r.seconds() / 0.6)) : 1;
        double gap = r.seconds() / shots;
        for (int k = 0; k < shots; k++) {
            Buf.mix(out, shot(r, Math.min(0.5, gap)), r.samples(0.005 + k * gap), 1.0);
        }
        return out;
    }

    static float[] shot(Render r, double seconds) {
        float[] out = new float[r.samples(seconds)];
        double size = r.size();
        double top = r.around(2600) * (1 - 0.35 * size);
        double bottom = r.around(190) * (1 - 0.3 * size);
        double tau = r.around(0.07) * (1 + 0.3 * size);
        double carrier = 0;
        double modulator = 0;
        Env env = Env.percussive(r.rate, 0.002, seconds * 0.9);
        Osc saw = new Osc(Osc.Shape.SAW, r.rate, 0);
        Svf lp = new Svf(Svf.Mode.LOW, r.rate, 6000, 0.8);
        for (int i = 0; i < out.length; i++) {
            double t = i / (double) r.rate;
            double hz = bottom + (top - bottom) * Math.exp(-t / tau);
            modulator += hz * 0.5 / r.rate;
            double index = 1.5 * Math.exp(-t / (2 * tau));
            carrier += hz / r.rate;
            double fm = Sine.cycle(carrier + index * Sine.cycle(modulator) / (2 * Math.PI));
            out[i] = (float) ((fm * 0.8 + lp.process(saw.next(hz)) * 0.25) * env.next());
        }
        return out;
    }

    /** Clean short tones: a beep, a two-note success or error, a click, or a bell-like notification. */
    static float[] beep(Render r) {
        float[] out = r.buffer();
        if (r.spec.mentions("click", "tap")) {
            Buf.mix(out, tone(r, r.around(2200), 0.018, Osc.Shape.SINE, 0.0005), r.samples(0.005), 1.0);
        } else if (r.spec.mentions("error", "fail", "failure", "wrong", "denied")) {
            Buf.mix(out, tone(r, 440, 0.12, Osc.Shape.SQUARE, 0.004), r.samples(0.01), 0.5);
            Buf.mix(out, tone(r, 311, 0.2, Osc.Shape.SQUARE, 0.004), r.samples(0.16), 0.5);
        } else if (r.spec.mentions("success", "confirm", "complete", "done", "correct")) {
            Buf.mix(out, tone(r, 1047, 0.1, Osc.Shape.TRIANGLE, 0.003), r.samples(0.01), 1.0);
            Buf.mix(out, tone(r, 1568, 0.22, Osc.Shape.TRIANGLE, 0.003), r.samples(0.12), 1.0);
        } else if (r.spec.mentions("notification", "chime", "ping", "message", "bell")) {
            double f = r.around(880) * (1 - 0.3 * r.size());
            Buf.mix(out, bell(r, f, 0.6), r.samples(0.005), 1.0);
            Buf.mix(out, bell(r, f * 1.5, 0.6), r.samples(0.13), 0.8);
        } else {
            double f = r.around(1000) * (1 - 0.3 * r.size());
            Buf.mix(out, tone(r, f, Math.min(0.3, r.around(0.16)), Osc.Shape.SINE, 0.004), r.samples(0.01), 1.0);
        }
        return out;
    }

    /** A tone with linear attack and release of {@code edge} s, sustained in between. */
    static float[] tone(Render r, double hz, double seconds, Osc.Shape shape, double edge) {
        float[] out = new float[r.samples(seconds)];
        Osc osc = new Osc(shape, r.rate, 0);
        Env env = new Env(r.rate)
                .line(1, edge)
                .hold(Math.max(0, seconds - 2 * edge))
                .line(0, edge);
        for (int i = 0; i < out.length; i++) {
            out[i] = osc.next(hz) * env.next();
        }
        return out;
    }

    /** A struck bell: a sine and its inharmonic partial (2.76×), decaying exponentially. */
    static float[] bell(Render r, double hz, double decay) {
        float[] out = new float[r.samples(decay)];
        Osc a = new Osc(Osc.Shape.SINE, r.rate, 0);
        Osc b = new Osc(Osc.Shape.SINE, r.rate, 0);
        Env env = Env.percussive(r.rate, 0.002, decay);
        Env env2 = Env.percussive(r.rate, 0.002, decay / 3);
        for (int i = 0; i < out.length; i++) {
            out[i] = a.next(hz) * env.next() + b.next(hz * 2.76) * env2.next() * 0.3f;
        }
        return out;
    }

    /**
     * A siren (pitch gliding between about 650 and 1300 Hz), a buzzer (a low square pulsing), a klaxon,
     * or by default an electronic alarm: bursts of four fast beeps.
     */
    static float[] alarm(Render r) {
        float[] out = r.buffer();
        if (r.spec.mentions("siren", "police", "ambulance", "emergency")) {
            double period = r.pace() > 0 ? 0.3 : r.around(1.4);
            Osc saw = new Osc(Osc.Shape.SAW, r.rate, 0);
            Osc sine = new Osc(Osc.Shape.SINE, r.rate, 0);
            Svf lp = new Svf(Svf.Mode.LOW, r.rate, 3500, 0.9);
            for (int i = 0; i < out.length; i++) {
                double t = i / (double) r.rate;
                double hz = 975 + 325 * Sine.cycle(t / period - 0.25);
                out[i] = lp.process(saw.next(hz)) * 0.35f + sine.next(hz) * 0.65f;
            }
            return out;
        }
        boolean buzzer = r.spec.mentions("buzzer", "buzz");
        boolean klaxon = r.spec.mentions("klaxon", "horn");
        double hz = buzzer ? 180 : klaxon ? 330 : r.around(2000) * (1 - 0.3 * r.size());
        double on = buzzer ? 0.5 : klaxon ? 0.55 : 0.06;
        double off = buzzer ? 0.3 : klaxon ? 0.3 : 0.06;
        int perBurst = buzzer || klaxon ? 1 : 4;
        double pause = buzzer || klaxon ? 0 : 0.45;
        Osc.Shape shape = klaxon ? Osc.Shape.SAW : Osc.Shape.SQUARE;
        double t = 0.01;
        while (t < r.seconds()) {
            for (int k = 0; k < perBurst && t < r.seconds(); k++) {
                Buf.mix(out, tone(r, hz, on, shape, 0.003), r.samples(t), 0.5);
                t += on + off;
            }
            t += pause;
        }
        if (klaxon || buzzer) {
            new Svf(Svf.Mode.LOW, r.rate, 2500, 1.5).process(out);
        }
        return out;
    }

    /** The game pickup: a short note then a fourth above ringing out; metal coins clink instead. */
    static float[] coin(Render r) {
        float[] out = r.buffer();
        if (r.spec.has(Modifier.METALLIC) || r.spec.mentions("drop", "dropped", "spinning")) {
            double t = 0.01;
            double gap = 0.18;
            for (int k = 0; k < 5 && t < r.seconds(); k++) {
                Buf.mix(out, Hits.shard(r, r.around(4200), 0.5, 3), r.samples(t), 0.6 / (k + 1));
                t += gap;
                gap *= 0.65;
            }
            return out;
        }
        double base = 987.77 * Math.pow(2, Math.round(-r.size() * 12 * 0.5) / 12.0);
        Buf.mix(out, tone(r, base, 0.08, Osc.Shape.SQUARE, 0.002), r.samples(0.005), 0.35);
        float[] second = tone(r, base * 4 / 3, Math.min(r.seconds() - 0.1, 0.5), Osc.Shape.SQUARE, 0.002);
        Env decay = Env.percussive(r.rate, 0.001, second.length / (double) r.rate);
        for (int i = 0; i < second.length; i++) {
            second[i] *= decay.next();
        }
        Buf.mix(out, second, r.samples(0.085), 0.35);
        new Svf(Svf.Mode.LOW, r.rate, 7000, 0.7).process(out);
        return out;
    }

    /** A rising arpeggio sweep (major chord steps, three octaves up) with vibrato, on a pulse wave. */
    static float[] powerUp(Render r) {
        float[] out = r.buffer();
        double start = r.around(220) * (1 - 0.3 * r.size());
        double rise = r.seconds() * 0.8;
        double[] steps = {0, 4, 7};
        Osc osc = new Osc(Osc.Shape.SQUARE, r.rate, 0).width(0.25);
        Svf lp = new Svf(Svf.Mode.LOW, r.rate, 5000, 0.8);
        Env env = new Env(r.rate).line(1, 0.01).hold(rise).exp(0, Math.max(0.05, r.seconds() - rise - 0.01));
        double stepSeconds = 0.05;
        for (int i = 0; i < out.length; i++) {
            double t = i / (double) r.rate;
            double progress = Math.min(1, t / rise);
            int step = (int) (t / stepSeconds);
            double semis = 36 * progress + steps[step % 3];
            double vibrato = 1 + 0.01 * Sine.cycle(t * 6);
            out[i] = lp.process(osc.next(start * Math.pow(2, semis / 12) * vibrato)) * env.next();
        }
        return out;
    }

    /**
     * A plucked string (Karplus-Strong: a noise burst circulating in a one-period delay line, losing its
     * highs at each pass): one note, a strum of a chord, or for "boing"/"spring" a quick run of plucks
     * falling in pitch.
     */
    static float[] pluck(Render r) {
        float[] out = r.buffer();
        double root = r.around(196) * Math.pow(2, -r.size());
        double decay = Math.min(r.seconds(), r.around(1.6) * (1 + 0.4 * r.size()));
        if (r.spec.mentions("boing", "spring", "sproing")) {
            for (int k = 0; k < 6; k++) {
                Buf.mix(out, string(r, root * 2 * Math.pow(0.87, k), 0.35, 0.9), r.samples(0.01 + k * 0.06), 0.8);
            }
        } else if (r.spec.mentions("strum", "chord", "guitar", "banjo")) {
            double[] chord = {1, 1.26, 1.5, 2, 2.52};
            for (int k = 0; k < chord.length; k++) {
                Buf.mix(out, string(r, root * chord[k], decay, 0.6), r.samples(0.01 + k * 0.018), 0.5);
            }
        } else {
            Buf.mix(out, string(r, root, decay, 0.7), r.samples(0.005), 1.0);
        }
        return out;
    }

    static float[] string(Render r, double hz, double decay, double brightness) {
        float[] out = new float[Math.min(r.length, r.samples(decay))];
        KarplusStrong ks = new KarplusStrong(r.rate, hz, decay, brightness).pluck(r.random, 0.8);
        Env fade =
                new Env(r.rate).line(1, 0.001).hold(Math.max(0, decay - 0.06)).line(0, 0.05);
        for (int i = 0; i < out.length; i++) {
            out[i] = ks.next() * fade.next();
        }
        return out;
    }
}
