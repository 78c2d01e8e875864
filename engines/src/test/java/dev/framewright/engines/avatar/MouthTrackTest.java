package dev.framewright.engines.avatar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MouthTrackTest {
    static double correlation(double[] x, double[] y) {
        int n = Math.min(x.length, y.length);
        double mx = 0, my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    @Test
    void theOpeningFollowsTheEnergyEnvelope() {
        for (long seed = 1; seed <= 3; seed++) {
            AudioFeatures a = AudioFeatures.of(new Pcm(SpeechLike.samples(10, 120 + 40 * seed, seed)));

            MouthTrack m = MouthTrack.of(a, null);

            assertThat(m.frames()).isEqualTo(250);
            assertThat(correlation(m.open(), a.rms())).as("seed " + seed).isGreaterThan(0.8);
        }
    }

    @Test
    void silenceKeepsTheMouthClosed() {
        MouthTrack m = MouthTrack.of(AudioFeatures.of(new Pcm(new float[16000])), null);

        assertThat(m.open()).containsOnly(0.0);
    }

    @Test
    void theMouthAnticipatesASoundAndClosesMoreSlowlyThanItOpens() {
        double[] step = new double[20];
        for (int i = 10; i < 15; i++) {
            step[i] = 1;
        }

        double[] y = MouthTrack.coarticulate(step, 0.7, 0.4);

        assertThat(y[9]).isGreaterThan(0.05);
        assertThat(y[10] - y[9]).isGreaterThan(y[15] - y[16]);
        assertThat(y[17]).isGreaterThan(0.05);
    }

    @Test
    void phoneTimingsShapeTheLips() {
        float[] tone = new float[16000];
        for (int i = 0; i < tone.length; i++) {
            tone[i] = (float) (0.3 * Math.sin(2 * Math.PI * 150 * i / 16000.0));
        }
        List<PhoneTimings.Phone> phones = List.of(
                new PhoneTimings.Phone("m", 0, 0.3),
                new PhoneTimings.Phone("uw", 0.3, 0.7),
                new PhoneTimings.Phone("iy", 0.7, 1.0));

        MouthTrack m = MouthTrack.of(AudioFeatures.of(new Pcm(tone)), phones);

        assertThat(m.open()[3]).isLessThan(0.1);
        assertThat(m.round()[14]).isGreaterThan(0.8);
        assertThat(m.wide()[14]).isLessThan(0.1);
        assertThat(m.wide()[23]).isGreaterThan(0.8);
        assertThat(PhoneVisemes.target("AA1")).containsExactly(0.95, 0.2, 0.0);
        assertThat(PhoneVisemes.target("@")).containsExactly(0.5, 0.2, 0.0);
    }

    @Test
    void blinksComeEveryFewSeconds() {
        double[] b = Motion.blinks(25 * 30, new dev.framewright.engines.scene.Noise(3));

        long closures = java.util.stream.IntStream.range(0, b.length)
                .filter(i -> b[i] == 1)
                .count();

        assertThat(closures).isBetween(6L, 15L);
    }
}
