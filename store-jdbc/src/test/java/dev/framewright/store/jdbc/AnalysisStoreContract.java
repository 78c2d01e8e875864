package dev.framewright.store.jdbc;

import static dev.framewright.store.jdbc.Fixtures.aFile;
import static dev.framewright.store.jdbc.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.framewright.contract.FileScope;
import dev.framewright.core.analysis.Analysis;
import dev.framewright.core.analysis.AnalysisClaim;
import dev.framewright.core.analysis.AnalysisStore;
import dev.framewright.core.analysis.SearchCandidate;
import dev.framewright.core.auth.Team;
import dev.framewright.core.files.FileRecord;
import dev.framewright.core.files.UploadState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The {@link AnalysisStore} contract: what enters the queue (ready GLOBAL files only, in the
 * transaction that makes them ready), leased claims fenced by owner and attempt, retries, reaping,
 * and the search candidates.
 */
interface AnalysisStoreContract extends StoreUnderTest {
    Duration ANALYSIS_LEASE = Duration.ofMinutes(15);
    String MODEL = "test-model";

    default AnalysisStore analysis() {
        return storage().analysis();
    }

    default Analysis analysed(String description, float... embedding) {
        return new Analysis(description, null, List.of(embedding), MODEL);
    }

    default List<String> claimAll(String owner, java.time.Instant now) {
        List<String> ids = new ArrayList<>();
        for (Optional<AnalysisClaim> c; (c = analysis().claim(owner, now, ANALYSIS_LEASE)).isPresent(); ) {
            ids.add(c.get().fileId());
        }
        return ids;
    }

    @Test
    default void readyGlobalFilesAreQueuedOnInsertButTemporaryAndPendingOnesAreNot() {
        Team team = storedTeam();
        FileRecord output = aFile(team).updatedAt(at(1)).build();
        FileRecord temporary = aFile(team).scope(FileScope.TEMPORARY).build();
        FileRecord upload = aFile(team).awaitingBytes(at(900)).build();
        files().insert(output);
        files().insert(temporary);
        files().insert(upload);

        assertThat(claimAll("w1", at(10))).containsExactly(output.id());
    }

    @Test
    default void anUploadIsQueuedWhenItBecomesReadyOnceEvenIfProcessedTwice() {
        Team team = storedTeam();
        FileRecord upload = aFile(team).awaitingBytes(at(900)).build();
        FileRecord temporary =
                aFile(team).awaitingBytes(at(900)).scope(FileScope.TEMPORARY).build();
        files().insert(upload);
        files().insert(temporary);
        files().setUploadState(upload.id(), UploadState.PROCESSING, null, at(1));
        assertThat(claimAll("w1", at(2))).isEmpty();

        files().setUploadState(upload.id(), UploadState.READY, null, at(3));
        files().setUploadState(temporary.id(), UploadState.READY, null, at(3));
        // a crash after READY makes processing run again: the file stays queued once
        files().setUploadState(upload.id(), UploadState.READY, null, at(4));

        assertThat(claimAll("w1", at(5))).containsExactly(upload.id());
    }

    @Test
    default void aClaimIsExclusiveAndCompletingWritesTheFileAndTheIndex() {
        Team team = storedTeam();
        FileRecord f = aFile(team).build();
        files().insert(f);

        AnalysisClaim claim = analysis().claim("w1", at(10), ANALYSIS_LEASE).orElseThrow();
        assertThat(claim).isEqualTo(new AnalysisClaim(f.id(), "w1", 1));
        assertThat(analysis().claim("w2", at(11), ANALYSIS_LEASE)).isEmpty();

        Analysis a = new Analysis(
                "A red kite", "hello there", List.of(new float[] {0.6f, 0.8f}, new float[] {1f, 0f}), MODEL);
        assertThat(analysis().complete(claim, a, at(12))).isTrue();

        FileRecord got = files().findById(f.id()).orElseThrow();
        assertThat(got.description()).isEqualTo("A red kite");
        assertThat(got.transcript()).isEqualTo("hello there");
        assertThat(got.updatedAt()).isEqualTo(at(12));
        List<SearchCandidate> c = analysis().candidates(team.id(), null, MODEL);
        assertThat(c).hasSize(1);
        assertThat(c.getFirst().fileId()).isEqualTo(f.id());
        assertThat(c.getFirst().embeddings()).hasSize(2);
        assertThat(c.getFirst().embeddings().get(0)).containsExactly(0.6f, 0.8f);
        assertThat(c.getFirst().embeddings().get(1)).containsExactly(1f, 0f);
        assertThat(c.getFirst().text()).contains("photo.png", "A red kite", "hello there");
        assertThat(analysis().candidates(team.id(), null, "another-model")).isEmpty();
        assertThat(analysis().claim("w2", at(13), ANALYSIS_LEASE)).isEmpty();
    }

    @Test
    default void aLostClaimWritesNothing() {
        Team team = storedTeam();
        FileRecord f = aFile(team).build();
        files().insert(f);
        AnalysisClaim claim = analysis().claim("w1", at(10), ANALYSIS_LEASE).orElseThrow();
        AnalysisClaim stranger = new AnalysisClaim(f.id(), "w2", claim.attempt());
        AnalysisClaim stale = new AnalysisClaim(f.id(), "w1", claim.attempt() + 1);

        assertThat(analysis().complete(stranger, analysed("x", 1f), at(11))).isFalse();
        assertThat(analysis().complete(stale, analysed("x", 1f), at(11))).isFalse();
        assertThat(analysis().fail(stranger, "x", at(11))).isFalse();
        assertThat(analysis().retry(stale, "x", at(11), at(11))).isFalse();
        assertThat(files().findById(f.id()).orElseThrow().description()).isNull();
        assertThat(analysis().complete(claim, analysed("kept", 1f), at(12))).isTrue();
        assertThat(files().findById(f.id()).orElseThrow().description()).isEqualTo("kept");
    }

    @Test
    default void aRetryWaitsItsTimeAndAFailureLeavesTheFieldsNull() {
        Team team = storedTeam();
        FileRecord f = aFile(team).build();
        files().insert(f);
        AnalysisClaim first = analysis().claim("w1", at(10), ANALYSIS_LEASE).orElseThrow();
        assertThat(analysis().retry(first, "tesseract crashed", at(40), at(11))).isTrue();

        assertThat(analysis().claim("w1", at(39), ANALYSIS_LEASE)).isEmpty();
        AnalysisClaim second = analysis().claim("w1", at(40), ANALYSIS_LEASE).orElseThrow();
        assertThat(second.attempt()).isEqualTo(2);
        assertThat(analysis().fail(second, "still broken", at(41))).isTrue();

        FileRecord got = files().findById(f.id()).orElseThrow();
        assertThat(got.description()).isNull();
        assertThat(got.transcript()).isNull();
        assertThat(analysis().candidates(team.id(), null, MODEL)).isEmpty();
        assertThat(analysis().claim("w1", at(100), ANALYSIS_LEASE)).isEmpty();
    }

    @Test
    default void claimsOfDeadWorkersAreReapedThenFailAfterTheLastAttempt() {
        Team team = storedTeam();
        FileRecord f = aFile(team).build();
        files().insert(f);
        long t = 0;
        for (int attempt = 1; attempt <= 3; attempt++) {
            AnalysisClaim c =
                    analysis().claim("dead-" + attempt, at(t), ANALYSIS_LEASE).orElseThrow();
            assertThat(c.attempt()).isEqualTo(attempt);
            assertThat(analysis().reapExpired(at(t + 60), 3))
                    .as("lease still held")
                    .isZero();
            t += ANALYSIS_LEASE.toSeconds() + 1;
            assertThat(analysis().reapExpired(at(t), 3)).isEqualTo(1);
        }
        assertThat(analysis().claim("w", at(t + 1), ANALYSIS_LEASE)).isEmpty();
        assertThat(files().findById(f.id()).orElseThrow().description()).isNull();
    }

    @Test
    default void candidatesAreTheTeamsLiveGlobalFilesAndSelfOnlyKeepsTheKeys() {
        Team team = storedTeam();
        Team other = storedTeam();
        FileRecord mine = aFile(team).createdBy("vg_key_mine").build();
        FileRecord colleague = aFile(team).createdBy("vg_key_theirs").build();
        FileRecord archived = aFile(team).createdBy("vg_key_mine").build();
        FileRecord foreign = aFile(other).createdBy("vg_key_mine").build();
        for (FileRecord f : List.of(mine, colleague, archived, foreign)) {
            files().insert(f);
        }
        for (int i = 0; i < 4; i++) {
            AnalysisClaim c = analysis().claim("w", at(1), ANALYSIS_LEASE).orElseThrow();
            assertThat(analysis().complete(c, analysed("d", 1f, 0f), at(2))).isTrue();
        }
        files().archive(team.id(), archived.id(), at(3));

        assertThat(analysis().candidates(team.id(), null, MODEL))
                .extracting(SearchCandidate::fileId)
                .containsExactlyInAnyOrder(mine.id(), colleague.id());
        assertThat(analysis().candidates(team.id(), "vg_key_mine", MODEL))
                .extracting(SearchCandidate::fileId)
                .containsExactly(mine.id());
    }

    @Test
    default void analysesWithoutAnEmbeddingAreFoundAndEmbeddedLater() {
        Team team = storedTeam();
        FileRecord f = aFile(team).build();
        files().insert(f);
        AnalysisClaim c = analysis().claim("w", at(1), ANALYSIS_LEASE).orElseThrow();
        assertThat(analysis().complete(c, new Analysis("no model yet", null, null, null), at(2)))
                .isTrue();
        assertThat(analysis().candidates(team.id(), null, MODEL)).isEmpty();
        assertThat(analysis().missingEmbeddings(MODEL, 10)).containsExactly(f.id());

        assertThat(analysis().setEmbeddings(f.id(), List.of(new float[] {1f}), MODEL, at(3)))
                .isTrue();
        assertThat(analysis().missingEmbeddings(MODEL, 10)).isEmpty();
        assertThat(analysis().missingEmbeddings("a-newer-model", 10)).containsExactly(f.id());
        assertThat(analysis().candidates(team.id(), null, MODEL)).hasSize(1);
    }

    @Test
    @Timeout(60)
    default void concurrentWorkersNeverClaimOneFileTwice() throws Exception {
        Team team = storedTeam();
        int n = 60;
        for (int i = 0; i < n; i++) {
            files().insert(aFile(team).updatedAt(at(i)).build());
        }
        Set<String> claimed = ConcurrentHashMap.newKeySet();
        List<String> duplicates = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                String owner = "worker-" + w;
                workers.add(pool.submit(() -> {
                    for (Optional<AnalysisClaim> c;
                            (c = analysis().claim(owner, at(100), ANALYSIS_LEASE)).isPresent(); ) {
                        if (!claimed.add(c.get().fileId())) {
                            duplicates.add(c.get().fileId());
                        }
                        analysis().complete(c.get(), analysed("done", 1f), at(101));
                    }
                    return null;
                }));
            }
            for (Future<?> f : workers) {
                f.get(50, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(duplicates).isEmpty();
        assertThat(claimed).hasSize(n);
    }
}
