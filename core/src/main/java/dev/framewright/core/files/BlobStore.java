package dev.framewright.core.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Stores file bytes under string keys ({@code <fileId>/<rendition>…}). Implementations are
 * thread-safe; writes are atomic (a reader never sees a partial blob).
 */
public interface BlobStore extends AutoCloseable {
    /** Stores the content of {@code source} under {@code key}, replacing any previous blob. */
    void put(String key, Path source) throws IOException;

    /** Moves {@code source} into the store when possible (same disk), else copies it and deletes the source. */
    void move(String key, Path source) throws IOException;

    /** Opens the blob for streaming; the caller closes the stream. */
    InputStream open(String key) throws IOException;

    /** Size in bytes, or empty when the blob does not exist. */
    Optional<Long> size(String key) throws IOException;

    /**
     * A path to read the blob in place when the store is on local disk (enables zero-copy sends and
     * lets engines read without a copy); empty for remote stores.
     */
    Optional<Path> localPath(String key);

    /** Deletes the blob, and every blob under {@code key + "/"}; missing blobs are ignored. */
    void delete(String key) throws IOException;

    /** Throws when the store is not usable (for {@code /readyz}). */
    void check() throws IOException;

    @Override
    default void close() {}
}
