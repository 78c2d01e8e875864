package dev.framewright.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.framewright.core.executions.EngineInfo;
import dev.framewright.core.files.FileRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The worker's settling rules: success, retry with back-off, failure after the last attempt. */
@Timeout(30)
class AnalysisWorkerTest {
    @TempDir
    Path scratch;

    final Clock clock = Clock.fixed(Fakes.T0, ZoneOffset.UTC);
    final FileRecord file = Fakes.file("vg_file_a", "vg_team_a", "a.png");
    final Deque<AnalysisClaim> queue = new ArrayDeque<>();
    final BlockingQueue<String> settled = new LinkedBlockingQueue<>();

    final AnalysisStore store = new AnalysisStore() {
        @Override
        public synchronized Optional<AnalysisClaim> claim(String owner, Instant now, Duration lease) {
            return Optional.ofNullable(queue.poll());
        }

        @Override
        public boolean complete(AnalysisClaim claim, Analysis a, Instant now) {
            settled.add("completed " + claim.attempt() + ": " + a.description() + " / " + a.model());
            return true;
        }

        @Override
        public boolean retry(AnalysisClaim claim, String error, Instant notBefore, Instant now) {
            settled.add("retry " + claim.attempt() + " after "
                    + Duration.between(now, notBefore).toSeconds() + " s: " + error);
            return true;
        }

        @Override
        public boolean fail(AnalysisClaim claim, String error, Instant now) {
            settled.add("failed " + claim.attempt() + ": " + error);
            return true;
        }

        @Override
        public int reapExpired(Instant now, int maxAttempts) {
            return 0;
        }

        @Override
        public List<SearchCandidate> candidates(String teamId, String keyId, String model) {
            return List.of();
        }

        @Override
        public List<String> missingEmbeddings(String model, int max) {
            return List.of();
        }

        @Override
        public boolean setEmbeddings(String fileId, List<float[]> embeddings, String model, Instant now) {
            return false;
        }
    };

    AnalysisWorker worker(MediaDescriber describer) {
        AnalysisEngines engines = new AnalysisEngines(describer, new Fakes.Embedder(), Set.of());
        return new AnalysisWorker(
                new AnalysisWorker.Config("node-1", 1, Duration.ofMinutes(15), Duration.ofMillis(20), 3, scratch),
                store,
                Fakes.files(Map.of(file.id(), withBytes(file))),
                new Analyzer(Fakes.files(Map.of()), null, new LocalBlobs(scratch), engines),
                engines,
                clock);
    }

    static FileRecord withBytes(FileRecord f) {
        return f.withAllRenditions(
                dev.framewright.core.files.Rendition.ready("files/a/original", "image/png", 1, 1, 1), f.updatedAt());
    }

    String next() throws InterruptedException {
        String s = settled.poll(20, TimeUnit.SECONDS);
        assertThat(s).as("settled in time").isNotNull();
        return s;
    }

    @Test
    void aDescribedFileIsCompletedWithItsEmbedding() throws Exception {
        queue.add(new AnalysisClaim(file.id(), "node-1", 1));
        try (AnalysisWorker w = worker(Fakes.NO_DESCRIBER)) {
            w.start();
            assertThat(next()).isEqualTo("completed 1: described a.png / fake");
        }
    }

    @Test
    void failedAttemptsAreRetriedWithBackOffThenFailForGood() throws Exception {
        MediaDescriber broken = new DelegatingDescriber() {
            @Override
            public Description describe(FileRecord f, Path media, Path workDir) throws IOException {
                throw new IOException("tesseract crashed");
            }
        };
        queue.add(new AnalysisClaim(file.id(), "node-1", 1));
        queue.add(new AnalysisClaim(file.id(), "node-1", 2));
        queue.add(new AnalysisClaim(file.id(), "node-1", 3));
        try (AnalysisWorker w = worker(broken)) {
            w.start();
            assertThat(next()).isEqualTo("retry 1 after 30 s: tesseract crashed");
            assertThat(next()).isEqualTo("retry 2 after 60 s: tesseract crashed");
            assertThat(next()).isEqualTo("failed 3: tesseract crashed");
        }
    }

    /** A describer whose statuses are those of {@link Fakes#NO_DESCRIBER}. */
    abstract static class DelegatingDescriber implements MediaDescriber {
        @Override
        public EngineInfo descriptionStatus() {
            return Fakes.NO_DESCRIBER.descriptionStatus();
        }

        @Override
        public EngineInfo transcriptStatus() {
            return Fakes.NO_DESCRIBER.transcriptStatus();
        }

        @Override
        public Set<String> engineNames() {
            return Set.of();
        }
    }
}
