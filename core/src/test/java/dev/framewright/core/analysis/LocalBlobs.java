package dev.framewright.core.analysis;

import dev.framewright.core.files.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** A blob store whose every blob is one empty local file (the describers under test ignore bytes). */
final class LocalBlobs implements BlobStore {
    private final Path file;

    LocalBlobs(Path dir) {
        this.file = dir.resolve("blob");
    }

    @Override
    public void put(String key, Path source) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void move(String key, Path source) {
        throw new UnsupportedOperationException();
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(local());
    }

    @Override
    public Optional<Long> size(String key) {
        return Optional.of(0L);
    }

    @Override
    public Optional<Path> localPath(String key) {
        try {
            return Optional.of(local());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Path local() throws IOException {
        if (!Files.exists(file)) {
            Files.createFile(file);
        }
        return file;
    }

    @Override
    public void delete(String key) {}

    @Override
    public void check() {}
}
