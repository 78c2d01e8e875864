package dev.framewright.engines.sfx;

import dev.framewright.engines.audio.Pcm;
import dev.framewright.engines.sfx.dsp.Buf;
import dev.framewright.engines.sfx.dsp.FdnReverb;
import dev.framewright.engines.sfx.dsp.Limiter;
import dev.framewright.engines.sfx.dsp.Modal;
import dev.framewright.engines.sfx.dsp.Sine;
import dev.framewright.engines.sfx.dsp.Svf;
import java.util.Map;

/**
 * Renders a {@link SfxSpec}: the category's recipe, then the modifiers (metal or wood resonances,
 * underwater and distance filtering), the room (FDN reverb), a seamless loop or clean fades, loudness
 * to the recipe's level (quieter when distant) and a -1 dBFS look-ahead limiter. Deterministic: equal
 * spec, length, influence and seed give equal samples. Thread-safe (keeps no state).
 */
final class SfxRenderer {
    static final int RATE = 44_100;
    static final double CEILING = Buf.db(-1);
    private static final double MAX_GAIN_DB = 40;

    private static final Map<Category, Recipe> RECIPES = Map.ofEntries(
            Map.entry(Category.EXPLOSION, Blasts.EXPLOSION),
            Map.entry(Category.GUNSHOT, Blasts.GUNSHOT),
            Map.entry(Category.THUNDER, Blasts.THUNDER),
            Map.entry(Category.IMPACT, Hits.IMPACT),
            Map.entry(Category.GLASS, Hits.GLASS),
            Map.entry(Category.DOOR, Hits.DOOR),
            Map.entry(Category.WHOOSH, Textures.WHOOSH),
            Map.entry(Category.LASER, Tones.LASER),
            Map.entry(Category.UI_BEEP, Tones.UI_BEEP),
            Map.entry(Category.ALARM, Tones.ALARM),
            Map.entry(Category.COIN, Tones.COIN),
            Map.entry(Category.POWER_UP, Tones.POWER_UP),
            Map.entry(Category.PLUCK, Tones.PLUCK),
            Map.entry(Category.ENGINE, Rhythms.ENGINE),
            Map.entry(Category.RAIN, Textures.RAIN),
            Map.entry(Category.WIND, Textures.WIND),
            Map.entry(Category.FIRE, Textures.FIRE),
            Map.entry(Category.WATER, Textures.WATER),
            Map.entry(Category.FOOTSTEPS, Rhythms.FOOTSTEPS),
            Map.entry(Category.TYPING, Rhythms.TYPING),
            Map.entry(Category.HEARTBEAT, Rhythms.HEARTBEAT),
            Map.entry(Category.AMBIENCE, Textures.AMBIENCE));

    private SfxRenderer() {}

    static Pcm render(SfxSpec spec, double seconds, double influence, long seed) {
        Recipe recipe = RECIPES.get(spec.category());
        int length = (int) Math.round(seconds * RATE);
        boolean loop = spec.has(Modifier.LOOP);
        int overlap = loop ? Math.min((int) (0.5 * RATE), length / 4) : 0;
        Render r = new Render(RATE, length + overlap, seed, spec, influence);
        float[] s = recipe.render(r);
        material(r, s);
        medium(r, s);
        room(r, recipe.room(), s);
        Buf.dcBlock(s);
        if (loop) {
            s = Buf.loop(s, length);
        } else {
            Buf.fades(s, (int) (0.001 * RATE), Math.min(length / 4, (int) (0.03 * RATE)));
        }
        level(s, recipe.levelDb() - 9 * r.amount(Modifier.DISTANT));
        if (loop) {
            limitLoop(s);
        } else {
            Limiter.apply(s, RATE, CEILING, 0.08);
        }
        return new Pcm(s, RATE);
    }

    /** Metal adds long inharmonic ringing excited by the sound itself; wood a short, damped body. */
    private static void material(Render r, float[] s) {
        double metal = r.amount(Modifier.METALLIC);
        double wood = r.amount(Modifier.WOODEN);
        if (metal == 0 && wood == 0) {
            return;
        }
        double scale = 1 - 0.3 * r.size();
        Modal m = new Modal(RATE);
        if (metal > 0) {
            double f = 430 * scale;
            for (double ratio : new double[] {1, 2.756, 5.404, 8.933, 13.34}) {
                m.mode(f * ratio, 1.4 / Math.sqrt(ratio), 0.4 / ratio);
            }
        } else {
            double f = 190 * scale;
            for (double ratio : new double[] {1, 1.58, 2.31, 3.12}) {
                m.mode(f * ratio, 0.1 / ratio, 0.5 / ratio);
            }
        }
        double mix = Math.max(metal, wood);
        float peak = Buf.peak(s);
        float[] ring = new float[s.length];
        for (int i = 0; i < s.length; i++) {
            ring[i] = m.process(s[i] * 0.2f);
        }
        float ringPeak = Buf.peak(ring);
        double g = ringPeak > 0 ? peak / ringPeak * (metal > 0 ? 0.6 : 0.4) : 0;
        for (int i = 0; i < s.length; i++) {
            s[i] = (float) (s[i] * (1 - 0.4 * mix) + ring[i] * g * mix);
        }
    }

    /**
     * Underwater keeps only the lows (a low-pass from 3.5 kHz down to 350 Hz as the modifier applies
     * more literally) and wobbles; distance loses highs (9.6 kHz down to 1.2 kHz) and sub-bass.
     */
    private static void medium(Render r, float[] s) {
        double under = r.amount(Modifier.UNDERWATER);
        double far = r.amount(Modifier.DISTANT);
        if (under > 0) {
            double cutoff = 350 * StrictMath.pow(10, 1 - under); // 3.5 kHz → 350 Hz
            Svf lp = new Svf(Svf.Mode.LOW, RATE, cutoff, 1.1);
            Svf lp2 = new Svf(Svf.Mode.LOW, RATE, cutoff * 1.4, 0.7);
            for (int i = 0; i < s.length; i++) {
                double wobble = 1 + 0.25 * under * Sine.cycle(i * 4.0 / RATE);
                s[i] = (float) (lp2.process(lp.process(s[i])) * 1.4 * wobble);
            }
        }
        if (far > 0) {
            double cutoff = 1200 * StrictMath.pow(8, 1 - far); // 9.6 kHz → 1.2 kHz
            Svf lp = new Svf(Svf.Mode.LOW, RATE, cutoff, 0.7);
            Svf lp2 = new Svf(Svf.Mode.LOW, RATE, cutoff, 0.7);
            Svf hp = new Svf(Svf.Mode.HIGH, RATE, 40 + 80 * far, 0.7);
            for (int i = 0; i < s.length; i++) {
                s[i] = hp.process(lp2.process(lp.process(s[i])));
            }
        }
    }

    /** The recipe's room, wetter and darker when distant or underwater, drier when close. */
    private static void room(Render r, Recipe.Room room, float[] s) {
        double far = r.amount(Modifier.DISTANT);
        double under = r.amount(Modifier.UNDERWATER);
        double close = r.amount(Modifier.CLOSE);
        double wet = Math.min(0.8, (room.wet() + 0.35 * far + 0.2 * under) * (1 - 0.7 * close));
        if (wet <= 0.001) {
            return;
        }
        double size = room.size() * (1 + 0.5 * far + 0.3 * Math.max(0, r.size()));
        double rt60 = room.rt60() * (1 + 0.6 * far + 0.4 * under);
        double damping = Math.min(0.9, room.damping() + 0.25 * far + 0.3 * under);
        new FdnReverb(RATE, size, rt60, damping).apply(s, 1 - 0.5 * wet, wet);
    }

    /** Scales the loudest 0.4 s window to {@code db} dBFS RMS (at most +40 dB: silence stays quiet). */
    static void level(float[] s, double db) {
        int window = (int) (0.4 * RATE);
        double best = 0;
        double sum = 0;
        for (int i = 0; i < s.length; i++) {
            sum += s[i] * (double) s[i];
            if (i >= window) {
                sum -= s[i - window] * (double) s[i - window];
            }
            best = Math.max(best, sum / Math.min(i + 1, window));
        }
        if (best <= 0) {
            return;
        }
        double gain = Math.min(Buf.db(db) / Math.sqrt(best), Buf.db(MAX_GAIN_DB));
        Buf.gain(s, gain);
    }

    /** Limits a loop as a circle: the gain state at its start is the one its end leaves. */
    private static void limitLoop(float[] s) {
        int warm = Math.min(s.length, RATE / 2);
        float[] circle = new float[warm + s.length];
        System.arraycopy(s, s.length - warm, circle, 0, warm);
        System.arraycopy(s, 0, circle, warm, s.length);
        Limiter.apply(circle, RATE, CEILING, 0.08);
        System.arraycopy(circle, warm, s, 0, s.length);
    }
}
