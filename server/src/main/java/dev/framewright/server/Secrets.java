package dev.framewright.server;

import dev.framewright.core.Ids;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

/** Server secrets kept in the data folder, created on first start with owner-only permissions. */
final class Secrets {
    private Secrets() {}

    /** The 32-byte key of {@code name}, created when missing. */
    static byte[] key(Path dataDir, String name) throws IOException {
        Path dir = dataDir.resolve("secrets");
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".key");
        if (!Files.exists(file)) {
            Path tmp = dir.resolve(name + ".key.tmp");
            Files.writeString(
                    tmp,
                    Base64.getEncoder().encodeToString(Ids.randomBytes(32)),
                    StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING);
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // non-POSIX file system: rely on the folder's permissions
            }
            try {
                Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                Files.deleteIfExists(tmp);
            }
        }
        return Base64.getDecoder().decode(Files.readString(file).trim());
    }
}
