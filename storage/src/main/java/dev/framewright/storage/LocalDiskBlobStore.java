package dev.framewright.storage;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;

import dev.framewright.core.files.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * A {@link BlobStore} on a local folder: key {@code a/b/c} is the file {@code <root>/a/b/c}. Keys
 * are checked by {@link BlobKeys}; an invalid key throws {@link IllegalArgumentException}.
 *
 * <p>Thread-safe. Every write goes to a temporary file beside its target (its name holds {@code ~},
 * which keys cannot) and is then renamed with {@code ATOMIC_MOVE}: a reader sees the old or the new
 * complete blob, never a partial one, and of concurrent writers to one key the last rename wins. A
 * crash can leave such a temporary file behind; {@link #delete} of its folder removes it. Deleting
 * leaves empty folders in place, since removing them would race with concurrent writers.
 */
public final class LocalDiskBlobStore implements BlobStore {
    private static final String TEMP_PREFIX = ".~";
    private static final int WRITE_ATTEMPTS = 3;

    private final Path root;

    /** Does no I/O: the folder is created by {@link #check()} or by the first write. */
    public LocalDiskBlobStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The folder that holds the blobs. */
    public Path root() {
        return root;
    }

    @Override
    public void put(String key, Path source) throws IOException {
        Path target = resolve(key);
        requireRegularFile(source);
        writeAtomically(target, source);
    }

    /**
     * Renames {@code source} into the store when it is on the same file system (its bytes flushed to
     * disk first, as {@link #put} does), else copies it atomically and deletes it. {@code source}
     * must be a regular file. Cheaper than {@link #put}: no copy, no temporary file to remove.
     */
    @Override
    public void move(String key, Path source) throws IOException {
        Path target = resolve(key);
        requireRegularFile(source);
        Files.createDirectories(target.getParent());
        try (FileChannel channel = FileChannel.open(source, StandardOpenOption.WRITE)) {
            channel.force(true); // the rename must never publish bytes that a crash could lose
        }
        try {
            Files.move(source, target, ATOMIC_MOVE, REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            writeAtomically(target, source);
            Files.delete(source);
        }
    }

    /** @throws NoSuchFileException (message: the key) when there is no such blob */
    @Override
    public InputStream open(String key) throws IOException {
        Path path = resolve(key);
        if (Files.isDirectory(path)) {
            throw new NoSuchFileException(key);
        }
        try {
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(key);
        }
    }

    @Override
    public Optional<Long> size(String key) throws IOException {
        Path path = resolve(key);
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return attributes.isRegularFile() ? Optional.of(attributes.size()) : Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<Path> localPath(String key) {
        Path path = resolve(key);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    @Override
    public void delete(String key) throws IOException {
        Path path = resolve(key);
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            FileTrees.deleteRecursively(path);
        } else {
            Files.deleteIfExists(path);
        }
    }

    /** Creates the folder when missing and checks that a file can be written in it. */
    @Override
    public void check() throws IOException {
        Files.createDirectories(root);
        Path probe = Files.createTempFile(root, TEMP_PREFIX + "check.", ".tmp");
        Files.delete(probe);
    }

    @Override
    public String toString() {
        return "LocalDiskBlobStore{" + root + "}";
    }

    private Path resolve(String key) {
        return root.resolve(BlobKeys.requireValid(key));
    }

    private static void requireRegularFile(Path source) throws IOException {
        if (!Files.isRegularFile(source)) {
            throw new NoSuchFileException(source.getFileName() + " (not a regular file)");
        }
    }

    /** Retries when a concurrent {@link #delete} removes the target's folder mid-write. */
    private static void writeAtomically(Path target, Path source) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                writeOnce(target, source);
                return;
            } catch (NoSuchFileException e) {
                if (attempt == WRITE_ATTEMPTS || !Files.exists(source)) {
                    throw e;
                }
            }
        }
    }

    private static void writeOnce(Path target, Path source) throws IOException {
        Path folder = Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(folder, TEMP_PREFIX + target.getFileName() + ".", ".tmp");
        try {
            Files.copy(source, temp, REPLACE_EXISTING);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true); // the rename must never publish bytes that a crash could lose
            }
            Files.move(temp, target, ATOMIC_MOVE, REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
