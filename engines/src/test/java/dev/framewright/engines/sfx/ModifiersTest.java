package dev.framewright.engines.sfx;

import static dev.framewright.engines.sfx.Analysis.bandShare;
import static dev.framewright.engines.sfx.Analysis.centroid;
import static dev.framewright.engines.sfx.Analysis.db;
import static dev.framewright.engines.sfx.Analysis.rmsOf;
import static dev.framewright.engines.sfx.Analysis.spectrum;
import static dev.framewright.engines.sfx.RecipeAcousticsTest.RATE;
import static dev.framewright.engines.sfx.RecipeAcousticsTest.render;
import static org.assertj.core.api.Assertions.assertThat;

import dev.framewright.engines.sfx.dsp.Buf;
import org.junit.jupiter.api.Test;

/** Modifiers change the sound as their words say; promptInfluence sets how much. */
class ModifiersTest {
    @Test
    void distantIsDarkerAndQuieter() {
        float[] near = render("rain");
        float[] far = render("distant rain");
        assertThat(centroid(spectrum(far), RATE)).isLessThan(0.6 * centroid(spectrum(near), RATE));
        assertThat(db(rmsOf(far, 0, far.length))).isLessThan(db(rmsOf(near, 0, near.length)) - 4);
    }

    @Test
    void underwaterKeepsOnlyTheLows() {
        float[] dry = render("rain");
        float[] wet = render("underwater rain");
        assertThat(bandShare(spectrum(wet), RATE, 2000, 22050))
                .isLessThan(0.3 * bandShare(spectrum(dry), RATE, 2000, 22050));
    }

    @Test
    void metalRingsLongerThanPlainOrWood() {
        double plain = tail(render("impact"));
        double metal = tail(render("metal impact"));
        double wood = tail(render("wooden impact"));
        assertThat(metal).isGreaterThan(plain + 15).isGreaterThan(wood + 15);
        float[] ring = render("metal impact");
        assertThat(Analysis.tonality(spectrum(ring, RATE / 2, ring.length), RATE))
                .as("it rings")
                .isGreaterThan(15);
    }

    @Test
    void bigIsLowerAndLongerThanSmall() {
        float[] big = render("big explosion");
        float[] small = render("small explosion");
        assertThat(centroid(spectrum(big), RATE)).isLessThan(centroid(spectrum(small), RATE));
        assertThat(big.length).isGreaterThan(small.length);
    }

    @Test
    void promptInfluenceSetsHowLiterallyModifiersApply() {
        float[] literal = render("distant rain", 4.0, 1.0, 3);
        float[] loose = render("distant rain", 4.0, 0.0, 3);
        float[] plain = render("rain", 4.0, 0.0, 3);
        double cLiteral = centroid(spectrum(literal), RATE);
        double cLoose = centroid(spectrum(loose), RATE);
        assertThat(cLiteral).isLessThan(cLoose);
        assertThat(cLoose).isLessThan(centroid(spectrum(plain), RATE));
    }

    @Test
    void loopsRunOnSeamlessly() {
        float[] s = render("rain loop", 3.0, 0.3, 5);
        assertThat(s.length).isEqualTo(3 * RATE);
        double step = meanStep(s);
        assertThat((double) Math.abs(s[s.length - 1] - s[0]))
                .as("end runs into start")
                .isLessThan(6 * step);
        double head = db(rmsOf(s, 0, RATE / 10));
        double tail = db(rmsOf(s, s.length - RATE / 10, s.length));
        assertThat(Math.abs(head - tail)).as("no fade at either end").isLessThan(4);
        float[] once = render("rain", 3.0, 0.3, 5);
        assertThat(db(rmsOf(once, once.length - RATE / 100, once.length)))
                .as("a one-shot fades out")
                .isLessThan(tail - 10);
    }

    @Test
    void neverClipsAndKeepsTheCeiling() {
        for (String p : new String[] {"huge close explosion", "big metal impact", "loud alarm loop", "gunshot"}) {
            assertThat(Buf.peak(render(p))).as(p).isLessThanOrEqualTo((float) SfxRenderer.CEILING + 1e-6f);
        }
    }

    @Test
    void sameSeedSameSamplesOtherSeedAVariation() {
        float[] a = render("explosion", 2.0, 0.3, 11);
        float[] b = render("explosion", 2.0, 0.3, 11);
        float[] c = render("explosion", 2.0, 0.3, 12);
        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
        assertThat(SoundEffectTool.seed("vg_exec_a", 0, "boom"))
                .isNotEqualTo(SoundEffectTool.seed("vg_exec_a", 1, "boom"));
        assertThat(SoundEffectTool.seed("vg_exec_a", 0, "boom"))
                .isEqualTo(SoundEffectTool.seed("vg_exec_a", 0, "boom"));
    }

    private static double tail(float[] s) {
        int from = (int) (0.5 * RATE);
        return db(rmsOf(s, from, Math.min(s.length, from + RATE / 4)));
    }

    private static double meanStep(float[] s) {
        double sum = 0;
        for (int i = 1; i < s.length; i++) {
            sum += Math.abs(s[i] - s[i - 1]);
        }
        return sum / (s.length - 1);
    }
}
