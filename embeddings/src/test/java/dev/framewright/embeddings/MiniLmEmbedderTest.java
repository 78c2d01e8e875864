package dev.framewright.embeddings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.framewright.core.analysis.Vectors;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The real model, from the jar on the classpath: shape, meaning, and sharing across threads. */
class MiniLmEmbedderTest {
    final MiniLmEmbedder embedder = new MiniLmEmbedder();

    @Test
    void theProbeIsCheapAndNamesTheModel() {
        var info = embedder.probe();
        assertThat(info.available()).isTrue();
        assertThat(info.engine()).isEqualTo("all-minilm-l6-v2-q");
        assertThat(info.license()).isEqualTo("Apache-2.0");
        assertThat(info.details()).containsEntry("dimensions", "384");
    }

    @Test
    void vectorsAreUnitLengthAndCloserForRelatedTexts() throws Exception {
        float[] poster = embedder.embed("Poster for a summer jazz concert in the park");
        float[] query = embedder.embed("live music event outdoors");
        float[] invoice = embedder.embed("Invoice for plumbing repairs, total due 480 euros");

        assertThat(poster).hasSize(384);
        double norm = 0;
        for (float x : poster) {
            norm += x * x;
        }
        assertThat(norm).isCloseTo(1.0, within(1e-4));
        assertThat(Vectors.cosine(query, poster)).isGreaterThan(Vectors.cosine(query, invoice) + 0.15);
    }

    @Test
    void oneSharedModelServesManyThreadsWithTheSameResults() throws Exception {
        float[] expected = embedder.embed("a red kite over the hills");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<float[]>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> new MiniLmEmbedder().embed("a red kite over the hills")));
            }
            for (Future<float[]> f : results) {
                assertThat(f.get()).containsExactly(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
