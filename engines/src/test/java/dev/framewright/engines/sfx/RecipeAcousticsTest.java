package dev.framewright.engines.sfx;

import static dev.framewright.engines.sfx.Analysis.bandShare;
import static dev.framewright.engines.sfx.Analysis.centroid;
import static dev.framewright.engines.sfx.Analysis.db;
import static dev.framewright.engines.sfx.Analysis.rmsOf;
import static dev.framewright.engines.sfx.Analysis.spectrum;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Each category has the acoustic properties that make it recognisable. */
class RecipeAcousticsTest {
    static final int RATE = SfxRenderer.RATE;
    private static final Set<Category> TESTED = EnumSet.noneOf(Category.class);

    static float[] render(String prompt) {
        return render(prompt, null, 0.3, 7);
    }

    static float[] render(String prompt, Double seconds, double influence, long seed) {
        SfxSpec spec = SfxPrompt.parse(prompt);
        TESTED.add(spec.category());
        return SfxRenderer.render(spec, SoundEffectTool.seconds(spec, seconds), influence, seed)
                .samples();
    }

    @AfterAll
    static void everyCategoryIsTested() {
        assertThat(TESTED).containsExactlyInAnyOrder(Category.values());
    }

    @Test
    void explosionIsLowAndDecays() {
        float[] s = render("explosion");
        assertThat(bandShare(spectrum(s), RATE, 0, 500)).isGreaterThan(0.7);
        assertThat(quarterDrop(s)).isGreaterThan(25);
    }

    @Test
    void gunshotIsABrightCrackThenDecays() {
        float[] s = render("gunshot");
        assertThat(centroid(spectrum(s, 0, RATE / 50 + Analysis.FRAME), RATE)).isGreaterThan(700);
        assertThat(peakIndex(s)).isLessThan(RATE / 20);
        assertThat(quarterDrop(s)).isGreaterThan(30);
    }

    @Test
    void thunderCracksThenRumblesLow() {
        float[] s = render("thunder");
        double crack = centroid(spectrum(s, 0, RATE / 5), RATE);
        double rumble = centroid(spectrum(s, s.length / 3, s.length), RATE);
        assertThat(crack).isGreaterThan(2 * rumble);
        assertThat(bandShare(spectrum(s, s.length / 3, s.length), RATE, 0, 300)).isGreaterThan(0.8);
        assertThat(s.length / (double) RATE).isGreaterThanOrEqualTo(5);
    }

    @Test
    void impactAttacksAtOnceAndDiesAway() {
        float[] s = render("impact");
        assertThat(peakIndex(s)).isLessThan((int) (0.06 * RATE));
        assertThat(bandShare(spectrum(s), RATE, 0, 500)).isGreaterThan(0.7);
        assertThat(quarterDrop(s)).isGreaterThan(40);
    }

    @Test
    void glassIsHighAndScattered() {
        float[] s = render("glass shattering");
        assertThat(centroid(spectrum(s), RATE)).isGreaterThan(3000);
        assertThat(Analysis.onsets(s, RATE, 3).length).isGreaterThan(5);
    }

    @Test
    void doorCreaksThenShuts() {
        float[] s = render("door");
        double[] env = Analysis.rms(s, RATE, 0.01);
        int half = env.length / 2;
        double creak = median(Arrays.copyOfRange(env, 5, half));
        double shut =
                Arrays.stream(Arrays.copyOfRange(env, half, env.length)).max().orElse(0);
        assertThat(creak).as("a creak is heard before the door shuts").isGreaterThan(0.01);
        assertThat(shut).isGreaterThan(3 * creak);
        assertThat(bandShare(spectrum(s), RATE, 60, 2500)).isGreaterThan(0.8);
    }

    @Test
    void whooshSwellsAndSweepsUpAndDown() {
        float[] s = render("whoosh");
        double[] env = Analysis.rms(s, RATE, 0.02);
        int peak = argmax(env);
        assertThat(peak / (double) env.length).isBetween(0.25, 0.65);
        int n = s.length;
        double start = centroid(spectrum(s, 0, n / 8), RATE);
        double middle = centroid(spectrum(s, peak * RATE / 50 - n / 16, peak * RATE / 50 + n / 16), RATE);
        double end = centroid(spectrum(s, n - n / 6, n), RATE);
        assertThat(middle).isGreaterThan(1.4 * start).isGreaterThan(1.4 * end);
        assertThat(Analysis.tonality(spectrum(s), RATE)).as("noise, not a tone").isLessThan(15);
    }

    @Test
    void laserSweepsDown() {
        float[] s = render("laser");
        double[] track = Analysis.peakTrack(s, RATE, 256);
        double early = track[0];
        double later = track[(int) (0.15 * RATE / 256)];
        assertThat(early).isGreaterThan(2.5 * later);
        int falling = 0;
        int pairs = 0;
        for (int i = 1; i < (int) (0.12 * RATE / 256); i++) {
            pairs++;
            falling += track[i] <= track[i - 1] ? 1 : 0;
        }
        assertThat(falling).isGreaterThanOrEqualTo((int) (0.8 * pairs));
    }

    @Test
    void uiBeepIsAShortCleanTone() {
        float[] s = render("UI beep");
        assertThat(Analysis.tonality(spectrum(s), RATE)).isGreaterThan(20);
        assertThat(rmsOf(s, RATE / 2, s.length)).isLessThan(0.01 * rmsOf(s, 0, RATE / 2));
        float[] chime = render("notification chime");
        assertThat(Analysis.tonality(spectrum(chime), RATE)).isGreaterThan(18);
    }

    @Test
    void alarmRepeatsATone() {
        float[] s = render("alarm");
        assertThat(Analysis.tonality(spectrum(s), RATE)).isGreaterThan(18);
        double[] period = Analysis.bestPeriod(Analysis.rms(s, RATE, 0.01), 8, 150);
        assertThat(period[1]).isGreaterThan(0.5);
        double[] siren = Analysis.peakTrack(render("police siren"), RATE, 1024);
        double[] pitches = Arrays.stream(siren).filter(Double::isFinite).toArray();
        assertThat(max(pitches) - min(pitches)).as("the siren glides").isGreaterThan(450);
        assertThat(Analysis.bestPeriod(siren, 10, 150)[1]).isGreaterThan(0.5);
    }

    @Test
    void coinStepsUpAFourth() {
        float[] s = render("coin");
        double[] track = Analysis.peakTrack(s, RATE, 256);
        double first = track[(int) (0.01 * RATE / 256)];
        double second = track[(int) (0.15 * RATE / 256)];
        assertThat(first).isCloseTo(988, org.assertj.core.data.Percentage.withPercentage(4));
        assertThat(second / first).isCloseTo(4 / 3.0, org.assertj.core.data.Percentage.withPercentage(4));
    }

    @Test
    void powerUpRises() {
        float[] s = render("power up");
        double[] track = Analysis.peakTrack(s, RATE, 512);
        double early = median(window(track, 0.08, 0.2));
        double late = median(window(track, 0.6, 0.75));
        assertThat(late).isGreaterThan(2.5 * early);
    }

    @Test
    void pluckIsAHarmonicStringThatDecays() {
        float[] s = render("a plucked string");
        double[] segment = Analysis.toDouble(Arrays.copyOfRange(s, RATE / 20, RATE / 4));
        double[] period = Analysis.bestPeriod(segment, RATE / 800, RATE / 60);
        assertThat(period[1]).as("periodic: a pitched string").isGreaterThan(0.8);
        double hz = RATE / period[0];
        double peak = Analysis.peakTrack(s, RATE, 1024)[2];
        assertThat(peak / hz)
                .as("the strongest partial is a harmonic")
                .isCloseTo(Math.rint(peak / hz), org.assertj.core.data.Offset.offset(0.08));
        assertThat(quarterDrop(s)).isGreaterThan(20);
    }

    @Test
    void engineIsLowPeriodicAndSteady() {
        float[] s = render("car engine");
        assertThat(bandShare(spectrum(s), RATE, 0, 500)).isGreaterThan(0.8);
        double[] segment = Analysis.toDouble(Arrays.copyOfRange(s, RATE, 2 * RATE));
        double[] period = Analysis.bestPeriod(segment, RATE / 90, RATE / 15);
        assertThat(period[1]).as("a firing rhythm between 15 and 90 Hz").isGreaterThan(0.5);
        assertThat(variation(Analysis.rms(s, RATE, 0.1))).isLessThan(0.25);
    }

    @Test
    void rainIsBroadbandWithDenseDrops() {
        float[] s = render("rain");
        double[] p = spectrum(s);
        assertThat(Analysis.flatness(p, RATE)).isGreaterThan(0.3);
        assertThat(bandShare(p, RATE, 1000, 10000)).isGreaterThan(0.5);
        assertThat(Analysis.onsets(s, RATE, 1.5).length / seconds(s)).isGreaterThan(20);
    }

    @Test
    void windIsSmoothMovingNoise() {
        float[] s = render("wind");
        assertThat(Analysis.onsets(s, RATE, 3).length / seconds(s)).isLessThan(1);
        assertThat(centroid(spectrum(s), RATE)).isBetween(200.0, 1500.0);
        assertThat(variation(Analysis.rms(s, RATE, 0.2))).isGreaterThan(0.08);
    }

    @Test
    void fireRumblesAndCrackles() {
        float[] s = render("crackling fire");
        double perSecond = Analysis.onsets(s, RATE, 3).length / seconds(s);
        assertThat(perSecond).isBetween(4.0, 60.0);
        assertThat(bandShare(spectrum(s), RATE, 0, 500)).isGreaterThan(0.5);
    }

    @Test
    void waterBubbles() {
        float[] s = render("water stream");
        double[] p = spectrum(s);
        assertThat(centroid(p, RATE)).isBetween(400.0, 3000.0);
        assertThat(bandShare(p, RATE, 6000, 22050)).isLessThan(0.1);
        assertThat(Analysis.onsets(s, RATE, 2).length / seconds(s)).isGreaterThan(8);
        float[] bubble = Textures.bubble(new Render(RATE, RATE, 1, SfxPrompt.parse("bubbles"), 0.3), 800, 0.06);
        double[] track = Analysis.peakTrack(bubble, RATE, 256);
        assertThat(track[15]).as("a bubble rises in pitch").isGreaterThan(1.1 * track[0]);
    }

    @Test
    void footstepsAreRegular() {
        float[] s = render("footsteps");
        double[] period = Analysis.bestPeriod(Analysis.rms(s, RATE, 0.01), 30, 90);
        assertThat(period[0] / 100).as("seconds between steps").isBetween(0.4, 0.75);
        assertThat(period[1]).isGreaterThan(0.3);
        double running = Analysis.bestPeriod(Analysis.rms(render("running footsteps"), RATE, 0.01), 15, 90)[0];
        assertThat(running).isLessThan(period[0]);
    }

    @Test
    void typingIsFastBrightClicks() {
        float[] s = render("typing");
        assertThat(Analysis.onsets(s, RATE, 3).length / seconds(s)).isBetween(4.0, 25.0);
        assertThat(centroid(spectrum(s), RATE)).isGreaterThan(1500);
    }

    @Test
    void heartbeatIsLowLubDub() {
        float[] s = render("heartbeat");
        assertThat(bandShare(spectrum(s), RATE, 0, 200)).isGreaterThan(0.85);
        double[] period = Analysis.bestPeriod(Analysis.rms(s, RATE, 0.01), 50, 130);
        assertThat(period[0] / 100).as("seconds per beat").isBetween(0.65, 1.1);
        assertThat(period[1]).isGreaterThan(0.5);
    }

    @Test
    void unknownPromptsStillSound() {
        float[] s = render("the colour of a quiet afternoon");
        assertThat(db(rmsOf(s, 0, s.length))).isGreaterThan(-40);
        assertThat(Analysis.bestPeriod(Analysis.toDouble(s), 1, 1)[1]).isLessThan(1.0);
    }

    // -- helpers

    private static double quarterDrop(float[] s) {
        return db(rmsOf(s, 0, s.length / 4)) - db(rmsOf(s, 3 * s.length / 4, s.length));
    }

    private static int peakIndex(float[] s) {
        int best = 0;
        for (int i = 0; i < s.length; i++) {
            if (Math.abs(s[i]) > Math.abs(s[best])) {
                best = i;
            }
        }
        return best;
    }

    private static double seconds(float[] s) {
        return s.length / (double) RATE;
    }

    static double median(double[] v) {
        double[] c = Arrays.stream(v).filter(Double::isFinite).sorted().toArray();
        return c.length == 0 ? Double.NaN : c[c.length / 2];
    }

    private static double[] window(double[] v, double from, double to) {
        return Arrays.copyOfRange(v, (int) (from * v.length), (int) (to * v.length));
    }

    private static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }

    /** Standard deviation over mean. */
    static double variation(double[] v) {
        double mean = Arrays.stream(v).average().orElse(0);
        double var =
                Arrays.stream(v).map(x -> (x - mean) * (x - mean)).average().orElse(0);
        return Math.sqrt(var) / mean;
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(0);
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElse(0);
    }
}
