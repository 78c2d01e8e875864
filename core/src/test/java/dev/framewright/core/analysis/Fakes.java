package dev.framewright.core.analysis;

import dev.framewright.contract.FileScope;
import dev.framewright.contract.FileType;
import dev.framewright.core.executions.EngineInfo;
import dev.framewright.core.files.FileRecord;
import dev.framewright.core.files.FileStore;
import dev.framewright.core.files.UploadState;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Small stand-ins for the analysis tests. */
final class Fakes {
    static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");

    private Fakes() {}

    static FileRecord file(String id, String teamId, String name) {
        return new FileRecord(
                id,
                teamId,
                "vg_key_a",
                FileScope.GLOBAL,
                FileType.IMAGE,
                name,
                "image/png",
                null,
                1L,
                10,
                10,
                null,
                null,
                UploadState.READY,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                T0,
                T0);
    }

    /** A file store that only finds files (every other call fails the test). */
    static FileStore files(Map<String, FileRecord> byId) {
        return (FileStore) Proxy.newProxyInstance(
                FileStore.class.getClassLoader(),
                new Class<?>[] {FileStore.class},
                (p, m, args) -> switch (m.getName()) {
                    case "find" ->
                        Optional.ofNullable(byId.get((String) args[1]))
                                .filter(f -> f.teamId().equals(args[0]));
                    case "findById" -> Optional.ofNullable(byId.get((String) args[0]));
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    /** An embedder with fixed vectors per text (others: the zero vector), counting its calls. */
    static final class Embedder implements TextEmbedder {
        final Map<String, float[]> vectors = new LinkedHashMap<>();
        boolean available = true;
        int calls;

        @Override
        public EngineInfo probe() {
            return available
                    ? EngineInfo.available("fake-embedder", "1", "MIT", Map.of())
                    : EngineInfo.unavailable("fake-embedder", "1", "MIT", "model file missing");
        }

        @Override
        public String model() {
            return "fake";
        }

        @Override
        public float[] embed(String text) {
            calls++;
            return vectors.getOrDefault(text, new float[] {0, 0});
        }
    }

    static final MediaDescriber NO_DESCRIBER = new MediaDescriber() {
        @Override
        public EngineInfo descriptionStatus() {
            return EngineInfo.available("metadata", null, null, Map.of());
        }

        @Override
        public EngineInfo transcriptStatus() {
            return EngineInfo.unavailable("none", null, null, "none");
        }

        @Override
        public Set<String> engineNames() {
            return Set.of();
        }

        @Override
        public Description describe(FileRecord file, Path media, Path workDir) {
            return new Description("described " + file.displayName(), null);
        }
    };
}
