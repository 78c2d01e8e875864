package dev.framewright.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class KeywordsAndVectorsTest {
    @Test
    void wordsAreLowerCasePlainSingularAndWithoutStopWords() {
        assertThat(Keywords.words("The Cafés of Paris, and 3 DOGS!")).containsExactly("cafe", "pari", "dog");
        assertThat(Keywords.words("glass")).containsExactly("glass");
        assertThat(Keywords.words(null)).isEmpty();
    }

    @Test
    void theScoreIsTheShareOfQueryWordsFound() {
        assertThat(Keywords.score(Keywords.words("red bike shed"), Keywords.words("A red shed")))
                .isEqualTo(2 / 3.0);
        assertThat(Keywords.score(Keywords.words("the"), Keywords.words("the"))).isZero();
    }

    @Test
    void vectorsRoundTripThroughTextAndCosineIsScaleFree() {
        float[] v = {0.25f, -1.5f, 3e-7f, Float.MIN_VALUE};
        assertThat(Vectors.decode(Vectors.encode(v))).containsExactly(v);
        assertThat(Vectors.encode(new float[384])).hasSize(2048);
        assertThat(Vectors.cosine(new float[] {1, 2}, new float[] {2, 4})).isCloseTo(1.0, within(1e-9));
        assertThat(Vectors.cosine(new float[] {1, 0}, new float[] {0, 1})).isZero();
        assertThat(Vectors.cosine(new float[] {1, 0}, new float[] {1, 0, 0})).isZero();
        assertThat(Vectors.cosine(new float[] {0, 0}, new float[] {1, 0})).isZero();
    }
}
