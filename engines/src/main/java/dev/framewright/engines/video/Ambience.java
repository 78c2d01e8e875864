package dev.framewright.engines.video;

import dev.framewright.engines.scene.Noise;
import dev.framewright.engines.scene.ScenePrompt;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * A simple ambience to match a scene, synthesized from filtered noise and a few tones: wind always,
 * plus waves (ocean), rain with droplets, birds (forest, hills by day), crickets (night) or a city
 * rumble with passing cars. Mono 44.1 kHz, faded in and out, peak-normalised. Seeded. It is a
 * stand-in until the sound-effect engine can be asked for an ambience.
 */
public final class Ambience {
    public static final int RATE = 44100;

    private Ambience() {}

    /** The layers used for {@code p}, for descriptions (e.g. {@code [wind, waves]}). */
    public static List<String> layers(ScenePrompt p) {
        List<String> out = new ArrayList<>(List.of("wind"));
        switch (p.setting()) {
            case OCEAN -> out.add("waves");
            case CITY -> out.add("city rumble");
            default -> {}
        }
        if (p.weather() == ScenePrompt.Weather.RAIN) {
            out.add("rain");
        }
        if (p.time() == ScenePrompt.TimeOfDay.NIGHT && p.setting() != ScenePrompt.Setting.CITY) {
            out.add("crickets");
        } else if (p.time() != ScenePrompt.TimeOfDay.NIGHT
                && (p.setting() == ScenePrompt.Setting.FOREST || p.setting() == ScenePrompt.Setting.HILLS)) {
            out.add("birds");
        }
        return out;
    }

    public static float[] samples(ScenePrompt p, double seconds, long seed) {
        int n = (int) (seconds * RATE);
        double[] mix = new double[n];
        Noise noise = new Noise(seed);
        List<String> layers = layers(p);
        wind(mix, noise.derive(1), layers.size() == 1 ? 0.6 : 0.3);
        if (layers.contains("waves")) {
            waves(mix, noise.derive(2));
        }
        if (layers.contains("city rumble")) {
            city(mix, noise.derive(3));
        }
        if (layers.contains("rain")) {
            rain(mix, noise.derive(4));
        }
        if (layers.contains("crickets")) {
            crickets(mix);
        }
        if (layers.contains("birds")) {
            birds(mix, noise.derive(5));
        }
        return finish(mix);
    }

    private static double white(Noise n, long i) {
        return n.uniform(i) * 2 - 1;
    }

    /** Brown-ish noise (leaky integration) with a slow swell. */
    private static void wind(double[] mix, Noise n, double level) {
        double s = 0;
        for (int i = 0; i < mix.length; i++) {
            s = 0.995 * s + 0.06 * white(n, i);
            double swell = 0.5 + 0.5 * n.fbm(i / (double) RATE * 0.4, 3);
            mix[i] += level * s * swell;
        }
    }

    /** Low-passed noise under a slow, irregular surge every 5–8 s. */
    private static void waves(double[] mix, Noise n) {
        double lp = 0;
        for (int i = 0; i < mix.length; i++) {
            double t = i / (double) RATE;
            lp += 0.08 * (white(n, i) - lp);
            double phase = t / (5.5 + 2 * n.value(t * 0.1));
            double surge = Math.pow(Math.max(0, Math.sin(2 * Math.PI * phase)), 2);
            mix[i] += 0.9 * lp * (0.15 + surge);
        }
    }

    private static void city(double[] mix, Noise n) {
        double s = 0;
        for (int i = 0; i < mix.length; i++) {
            double t = i / (double) RATE;
            s = 0.998 * s + 0.02 * white(n, i + 7);
            double cars = 0.3 + 0.7 * Math.pow(n.fbm(t * 0.3, 2), 3) * 3;
            mix[i] += 0.5 * s * cars;
        }
    }

    /** High-passed hiss plus droplet clicks (decaying 2–5 kHz tones). */
    private static void rain(double[] mix, Noise n) {
        double prev = 0;
        for (int i = 0; i < mix.length; i++) {
            double w = white(n, i + 11);
            mix[i] += 0.12 * (w - prev);
            prev = w;
        }
        int drops = (int) (mix.length / (double) RATE * 25);
        for (int d = 0; d < drops; d++) {
            int at = (int) (n.uniform(1000 + d) * mix.length);
            double hz = 2000 + 3000 * n.uniform(5000 + d);
            for (int i = 0; i < RATE / 100 && at + i < mix.length; i++) {
                mix[at + i] += 0.08 * Math.exp(-i / (RATE * 0.002)) * Math.sin(2 * Math.PI * hz * i / RATE);
            }
        }
    }

    /** Trains of four 30 Hz pulses of a 4.6 kHz tone, every 0.7 s. */
    private static void crickets(double[] mix) {
        for (int i = 0; i < mix.length; i++) {
            double t = i / (double) RATE;
            double inTrain = t % 0.7;
            if (inTrain < 0.13) {
                double gate = Math.max(0, Math.sin(2 * Math.PI * 30 * inTrain));
                mix[i] += 0.06 * gate * Math.sin(2 * Math.PI * 4600 * t);
            }
        }
    }

    /** Chirps: quick upward sweeps of 2.5–5 kHz, a few a second at random. */
    private static void birds(double[] mix, Noise n) {
        int chirps = (int) (mix.length / (double) RATE * 1.5);
        for (int c = 0; c < chirps; c++) {
            int at = (int) (n.uniform(2000 + c) * mix.length);
            double f0 = 2500 + 1500 * n.uniform(3000 + c);
            int len = (int) (RATE * (0.06 + 0.08 * n.uniform(4000 + c)));
            double phase = 0;
            for (int i = 0; i < len && at + i < mix.length; i++) {
                double u = (double) i / len;
                phase += 2 * Math.PI * (f0 * (1 + 0.6 * u)) / RATE;
                mix[at + i] += 0.08 * Math.sin(Math.PI * u) * Math.sin(phase);
            }
        }
    }

    private static float[] finish(double[] mix) {
        double peak = 1e-9;
        for (double v : mix) {
            peak = Math.max(peak, Math.abs(v));
        }
        double gain = 0.7 / peak;
        int fade = (int) (0.3 * RATE);
        float[] out = new float[mix.length];
        for (int i = 0; i < mix.length; i++) {
            double f = Math.min(1, Math.min(i, mix.length - 1 - i) / (double) fade);
            out[i] = (float) (mix[i] * gain * f);
        }
        return out;
    }

    /** Writes 16-bit mono PCM WAV at {@link #RATE}. */
    public static void writeWav(float[] samples, Path file) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (float s : samples) {
            b.putShort((short) Math.round(Math.max(-1, Math.min(1, s)) * 32767));
        }
        AudioFormat format = new AudioFormat(RATE, 16, 1, true, false);
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(b.array()), format, samples.length)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, file.toFile());
        }
    }
}
