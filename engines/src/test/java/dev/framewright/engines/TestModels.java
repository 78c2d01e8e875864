package dev.framewright.engines;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where tests find the model files: {@code FRAMEWRIGHT_MODELS_DIR} (the launcher sets it), else the
 * repository's {@code models/}. Tests that need a model skip, saying so, only when it is absent.
 */
public final class TestModels {
    private TestModels() {}

    public static Path dir() {
        String env = System.getenv("FRAMEWRIGHT_MODELS_DIR");
        if (env != null && !env.isBlank()) {
            return Path.of(env).toAbsolutePath();
        }
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("framewright")) && Files.isDirectory(p.resolve("engines"))) {
                return p.resolve("models");
            }
        }
        return here.resolve("models");
    }

    /** The model file, if installed. */
    public static Optional<Path> file(String relative) {
        Path f = dir().resolve(relative);
        return Files.isRegularFile(f) ? Optional.of(f) : Optional.empty();
    }

    /** The repository's test data folder {@code engines/src/test/resources/transforms}. */
    public static Path data() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            Path d = p.resolve("engines/src/test/resources/transforms");
            if (Files.isDirectory(d)) {
                return d;
            }
            if (p.getFileName() != null
                    && p.getFileName().toString().equals("engines")
                    && Files.isDirectory(p.resolve("src/test/resources/transforms"))) {
                return p.resolve("src/test/resources/transforms");
            }
        }
        throw new IllegalStateException("test data folder not found from " + here);
    }
}
