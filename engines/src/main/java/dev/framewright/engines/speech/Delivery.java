package dev.framewright.engines.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How one take is delivered: its tempo (the requested speed, when the engine did not apply it, times a
 * small variation) and its pitch. Take 0 is the voice as it is; further takes ({@code numResults > 1})
 * vary the pitch by up to ±{@value #MAX_SEMITONES} semitones and the tempo by up to ±{@value
 * #MAX_TEMPO_VARIATION}, spread evenly (golden-ratio sequence), so takes differ audibly but stay the
 * same voice. Durations scale exactly by 1/tempo, and so do phone timings. Pure.
 */
record Delivery(double tempo, double pitch) {
    static final double MAX_SEMITONES = 1.2;
    static final double MAX_TEMPO_VARIATION = 0.04;
    private static final double GOLDEN = 0.6180339887498949;

    static Delivery of(double speed, boolean speedApplied, int take) {
        double base = speedApplied ? 1.0 : speed;
        if (take == 0) {
            return new Delivery(base, 1.0);
        }
        double a = (take * GOLDEN) % 1.0;
        double b = (take * GOLDEN * GOLDEN + 0.5) % 1.0;
        double semitones = (a - 0.5) * 2 * MAX_SEMITONES;
        double tempo = 1 + (b - 0.5) * 2 * MAX_TEMPO_VARIATION;
        return new Delivery(base * tempo, Math.pow(2, semitones / 12));
    }

    /** ffmpeg filters for a track at {@code rate} Hz: pitch by resampling, tempo by {@code atempo} (WSOLA). */
    List<String> filters(int rate) {
        List<String> out = new ArrayList<>();
        double stretch = tempo;
        if (pitch != 1.0) {
            out.add(String.format(Locale.ROOT, "asetrate=%.3f", rate * pitch));
            out.add("aresample=" + rate);
            stretch = tempo / pitch;
        }
        while (stretch > 2.0 + 1e-9) {
            out.add("atempo=2.0");
            stretch /= 2.0;
        }
        while (stretch < 0.5 - 1e-9) {
            out.add("atempo=0.5");
            stretch /= 0.5;
        }
        if (Math.abs(stretch - 1.0) > 1e-9) {
            out.add(String.format(Locale.ROOT, "atempo=%.6f", stretch));
        }
        return out;
    }
}
