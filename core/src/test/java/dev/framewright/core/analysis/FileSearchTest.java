package dev.framewright.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewright.contract.ErrorCode;
import dev.framewright.core.ApiException;
import dev.framewright.core.auth.Principal;
import dev.framewright.core.files.FileRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FileSearchTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Principal CALLER = new Principal("vg_team_a", "vg_key_a", "ci");

    final Map<String, FileRecord> files = new LinkedHashMap<>();
    final List<SearchCandidate> candidates = new ArrayList<>();
    final List<String> askedKeys = new ArrayList<>();
    final Fakes.Embedder embedder = new Fakes.Embedder();
    final FileSearch search = new FileSearch(store(), Fakes.files(files), engines(Set.of()));

    AnalysisEngines engines(Set<String> disabled) {
        return new AnalysisEngines(Fakes.NO_DESCRIBER, embedder, disabled);
    }

    AnalysisStore store() {
        return new AnalysisStore() {
            @Override
            public List<SearchCandidate> candidates(String teamId, String keyId, String model) {
                askedKeys.add(keyId);
                return candidates;
            }

            @Override
            public Optional<AnalysisClaim> claim(String owner, Instant now, Duration lease) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean complete(AnalysisClaim claim, Analysis analysis, Instant now) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean retry(AnalysisClaim claim, String error, Instant notBefore, Instant now) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean fail(AnalysisClaim claim, String error, Instant now) {
                throw new UnsupportedOperationException();
            }

            @Override
            public int reapExpired(Instant now, int maxAttempts) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<String> missingEmbeddings(String model, int max) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean setEmbeddings(String fileId, List<float[]> embeddings, String model, Instant now) {
                throw new UnsupportedOperationException();
            }
        };
    }

    void candidate(String id, String text, float... v) {
        files.put(id, Fakes.file(id, "vg_team_a", id + ".png"));
        candidates.add(new SearchCandidate(id, List.of(v), text));
    }

    List<FileSearch.Hit> run(String json) throws Exception {
        return search.search(CALLER, (ObjectNode) JSON.readTree(json));
    }

    @Test
    void ranksByCosineDescendingClampedWithTiesByFileId() throws Exception {
        embedder.vectors.put("sunset", new float[] {1, 0});
        candidate("vg_file_c", "x", 0.6f, 0.8f);
        candidate("vg_file_b", "y", 1, 0);
        candidate("vg_file_a", "z", 0.6f, 0.8f);
        candidate("vg_file_d", "w", -1, 0);

        List<FileSearch.Hit> hits = run("{\"query\":\"sunset\"}");

        assertThat(hits)
                .extracting(h -> h.file().id())
                .containsExactly("vg_file_b", "vg_file_a", "vg_file_c", "vg_file_d");
        assertThat(hits).extracting(FileSearch.Hit::similarity).containsExactly(0.8, 0.48, 0.48, 0.0);
    }

    @Test
    void theBestOfAFilesVectorsCounts() throws Exception {
        embedder.vectors.put("jazz", new float[] {1, 0});
        files.put("vg_file_a", Fakes.file("vg_file_a", "vg_team_a", "a.png"));
        candidates.add(new SearchCandidate("vg_file_a", List.of(new float[] {0, 1}, new float[] {0.6f, 0.8f}), "t"));

        assertThat(run("{\"query\":\"jazz\"}").getFirst().similarity()).isEqualTo(0.48);
    }

    @Test
    void exactQueryWordsInTheFileBoostItsSimilarity() throws Exception {
        embedder.vectors.put("red bicycles", new float[] {1, 0});
        candidate("vg_file_a", "A blue car", 1, 0);
        candidate("vg_file_b", "Two red bicycle wheels", 1, 0);

        List<FileSearch.Hit> hits = run("{\"query\":\"red bicycles\"}");

        assertThat(hits.getFirst().file().id()).isEqualTo("vg_file_b");
        assertThat(hits.getFirst().similarity()).isEqualTo(1.0);
        assertThat(hits.get(1).similarity()).isEqualTo(0.8);
    }

    @Test
    void numResultsCutsAndSelfOnlyAsksForTheCallersKey() throws Exception {
        for (int i = 0; i < 15; i++) {
            candidate("vg_file_" + (char) ('a' + i), "t", 1, 0);
        }
        assertThat(run("{\"query\":\"q\"}")).hasSize(10);
        assertThat(run("{\"query\":\"q\",\"numResults\":3,\"selfOnly\":true}")).hasSize(3);
        assertThat(askedKeys).containsExactly(null, "vg_key_a");
    }

    @Test
    void aFileArchivedSinceTheCandidatesWereReadIsLeftOut() throws Exception {
        candidate("vg_file_a", "t", 1, 0);
        candidate("vg_file_b", "t", 1, 0);
        FileRecord b = files.get("vg_file_b");
        files.put(
                "vg_file_b",
                new FileRecord(
                        b.id(),
                        b.teamId(),
                        b.createdByKeyId(),
                        b.scope(),
                        b.type(),
                        b.displayName(),
                        b.contentType(),
                        b.sha256(),
                        b.bytes(),
                        b.width(),
                        b.height(),
                        b.durationSeconds(),
                        b.renditions(),
                        b.uploadState(),
                        null,
                        null,
                        null,
                        null,
                        Fakes.T0,
                        null,
                        null,
                        null,
                        Fakes.T0,
                        Fakes.T0));

        assertThat(run("{\"query\":\"q\"}")).extracting(h -> h.file().id()).containsExactly("vg_file_a");
    }

    @Test
    void theBodyIsValidatedBeforeTheEngineIsAsked() {
        embedder.available = false;
        assertThatThrownBy(() -> run("{\"numResults\":5}"))
                .isInstanceOf(ApiException.class)
                .hasMessage("query is required");
        assertThatThrownBy(() -> run("{\"query\":\"q\",\"numResults\":101}"))
                .isInstanceOf(ApiException.class)
                .extracting(e -> ((ApiException) e).code())
                .isEqualTo(ErrorCode.INVALID_PARAMETERS);
        assertThatThrownBy(() -> run("{\"query\":\"q\"}"))
                .isInstanceOf(ApiException.class)
                .extracting(e -> ((ApiException) e).code())
                .isEqualTo(ErrorCode.ENGINE_UNAVAILABLE);
        assertThat(embedder.calls).isZero();
    }

    @Test
    void aDisabledEmbedderIsUnavailableWithTheReason() {
        AnalysisEngines off = engines(Set.of("fake-embedder"));
        assertThat(off.embedder()).isEmpty();
        assertThat(off.embedding().available()).isFalse();
        assertThat(off.embedding().reason()).isEqualTo("disabled by configuration (FRAMEWRIGHT_ENGINES_DISABLED)");
        assertThat(off.engineNames()).contains("fake-embedder");
        assertThatThrownBy(() -> new FileSearch(store(), Fakes.files(files), off)
                        .search(CALLER, (ObjectNode) JSON.readTree("{\"query\":\"q\"}")))
                .isInstanceOf(ApiException.class)
                .hasMessage("No search embedding engine is available on this server (see GET /v1/resources/engines)");
    }
}
