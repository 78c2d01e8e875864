package dev.framewright.engines.scene;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AspectSizeTest {
    @ParameterizedTest
    @CsvSource({
        "16,9,1024,1024,576",
        "9,16,1024,576,1024",
        "1,1,1024,1024,1024",
        "4,3,1024,1024,768",
        "21,9,1024,1022,438",
        "1920,1080,1024,1024,576",
        "7,5,1024,1022,730",
        "3,2,960,960,640"
    })
    void picksTheExactRatioNearestToTheLongSide(int rw, int rh, int longSide, int w, int h) {
        AspectSize s = AspectSize.of(rw, rh, longSide);

        assertThat(s).isEqualTo(new AspectSize(w, h, true));
        assertThat((long) s.width() * rh).isEqualTo((long) s.height() * rw);
    }

    @Test
    void everyRatioUpToAHundredIsExact() {
        for (int rw = 1; rw <= 100; rw++) {
            for (int rh = 1; rh <= 100; rh++) {
                for (boolean even : new boolean[] {false, true}) {
                    AspectSize s = AspectSize.of(rw, rh, 960, even);
                    assertThat((long) s.width() * rh).as(rw + ":" + rh).isEqualTo((long) s.height() * rw);
                    assertThat(s.exact()).isTrue();
                    assertThat(Math.max(s.width(), s.height())).isLessThanOrEqualTo(AspectSize.MAX_SIDE);
                    if (even) {
                        assertThat(s.width() % 2 + s.height() % 2)
                                .as(rw + ":" + rh)
                                .isZero();
                    }
                }
            }
        }
    }

    @Test
    void evenSizesForVideo() {
        assertThat(AspectSize.of(16, 9, 960, true)).isEqualTo(new AspectSize(960, 540, true));
        assertThat(AspectSize.of(7, 5, 960, true)).isEqualTo(new AspectSize(966, 690, true));
        assertThat(AspectSize.of(1, 1, 960, true)).isEqualTo(new AspectSize(960, 960, true));
    }

    @Test
    void extremeRatiosStayExactWhenTheyFit() {
        AspectSize s = AspectSize.of(1000, 1, 1024);

        assertThat(s.exact()).isTrue();
        assertThat((long) s.width()).isEqualTo(s.height() * 1000L);
    }

    @Test
    void aRatioTooFineForTheLargestSizeIsApproximated() {
        AspectSize s = AspectSize.of(4099, 4097, 1024);

        assertThat(s.exact()).isFalse();
        assertThat(s.width()).isEqualTo(1024);
        assertThat(s.height()).isEqualTo(1024);
    }
}
