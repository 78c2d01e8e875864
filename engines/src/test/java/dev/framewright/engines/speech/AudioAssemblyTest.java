package dev.framewright.engines.speech;

import static org.assertj.core.api.Assertions.assertThat;

import dev.framewright.engines.audio.Pcm;
import dev.framewright.engines.audio.WavFile;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Joining parts and delivering takes, on synthetic audio. */
class AudioAssemblyTest {
    @TempDir
    Path dir;

    /** 0.2 s silence, {@code tone} s of a loud 200 Hz tone, 0.3 s silence, at 16 kHz. */
    private Path part(String name, double tone) throws Exception {
        int rate = 16000;
        float[] s = new float[(int) ((0.5 + tone) * rate)];
        for (int i = (int) (0.2 * rate); i < (int) ((0.2 + tone) * rate); i++) {
            s[i] = (float) (0.5 * Math.sin(2 * Math.PI * 200 * i / rate) + 0.3);
        }
        Path p = dir.resolve(name);
        WavFile.write(p, new Pcm(s, rate));
        return p;
    }

    @Test
    void partsAreTrimmedFadedAndSeparatedByPauses() throws Exception {
        List<SpeechEngine.Part> parts = List.of(
                new SpeechEngine.Part(
                        part("a.wav", 1.0),
                        List.of(new SpeechEngine.Phone("pau", 0.2), new SpeechEngine.Phone("aa", 1.2)),
                        false),
                new SpeechEngine.Part(part("b.wav", 0.5), List.of(new SpeechEngine.Phone("iy", 0.7)), false));
        Path out = dir.resolve("joined.wav");
        PartJoiner.Joined joined = PartJoiner.join(parts, out);
        Pcm pcm = WavFile.read(out);
        assertThat(joined.rate()).isEqualTo(16000);
        double expected = 2 * PartJoiner.EDGE_SECONDS + PartJoiner.PAUSE_SECONDS + 1.0 + 0.5 + 4 * 0.03;
        assertThat(pcm.seconds()).isCloseTo(expected, Offset.offset(0.01));
        float[] s = pcm.samples();
        int firstEnd = (int) ((PartJoiner.EDGE_SECONDS + 1.06) * 16000);
        for (int i : new int[] {(int) (PartJoiner.EDGE_SECONDS * 16000), firstEnd - 1, firstEnd + 1}) {
            assertThat(Math.abs(s[i]))
                    .as("parts start and end at zero: no clicks")
                    .isLessThan(1e-3f);
        }
        assertThat(joined.phones()).extracting(PartJoiner.TimedPhone::phone).containsExactly("pau", "aa", "iy");
        assertThat(joined.phones().get(0).end() - joined.phones().get(0).start())
                .as("the leading pause is cut to the margin")
                .isCloseTo(0.03, Offset.offset(0.002));
        PartJoiner.TimedPhone aa = joined.phones().get(1);
        assertThat(aa.phone()).isEqualTo("aa");
        assertThat(aa.start()).isCloseTo(PartJoiner.EDGE_SECONDS + 0.03, Offset.offset(0.002));
        assertThat(aa.end()).isCloseTo(PartJoiner.EDGE_SECONDS + 1.03, Offset.offset(0.002));
        PartJoiner.TimedPhone iy = joined.phones().get(2);
        assertThat(iy.start()).isCloseTo(aa.end() + 0.03 + PartJoiner.PAUSE_SECONDS, Offset.offset(0.002));
    }

    @Test
    void takeZeroIsTheVoiceAsItIsAndOtherTakesVary() {
        assertThat(Delivery.of(1.0, false, 0).filters(22050)).isEmpty();
        assertThat(Delivery.of(2.0, false, 0).filters(22050)).containsExactly("atempo=2.000000");
        assertThat(Delivery.of(0.5, false, 0).filters(22050)).containsExactly("atempo=0.500000");
        assertThat(Delivery.of(2.0, true, 0).filters(22050)).isEmpty();
        Delivery one = Delivery.of(1.0, false, 1);
        Delivery two = Delivery.of(1.0, false, 2);
        assertThat(one).isNotEqualTo(two);
        for (int take = 1; take < 100; take++) {
            Delivery d = Delivery.of(2.0, false, take);
            assertThat(12 * Math.log(d.pitch()) / Math.log(2))
                    .isBetween(-Delivery.MAX_SEMITONES, Delivery.MAX_SEMITONES);
            assertThat(d.tempo() / 2.0).isBetween(1 - Delivery.MAX_TEMPO_VARIATION, 1 + Delivery.MAX_TEMPO_VARIATION);
            assertThat(d.filters(22050)).allSatisfy(f -> {
                if (f.startsWith("atempo=")) {
                    assertThat(Double.parseDouble(f.substring(7))).isBetween(0.5, 2.0);
                }
            });
        }
    }
}
