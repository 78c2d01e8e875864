package dev.framewright.server;

import dev.framewright.core.Ids;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

/**
 * Server secrets kept in the data folder, created on first start readable by the owner only: on a
 * POSIX file system the key file is created with mode 600 (so it is never readable by others, not
 * even while being written); elsewhere the folder's own access rules apply.
 */
final class Secrets {
    private Secrets() {}

    /** The 32-byte key of {@code name}, created when missing. */
    static byte[] key(Path dataDir, String name) throws IOException {
        Path dir = Files.createDirectories(dataDir.resolve("secrets"));
        Path file = dir.resolve(name + ".key");
        if (!Files.exists(file)) {
            Path tmp = dir.resolve(name + ".key.tmp");
            Files.deleteIfExists(tmp); // left by a start that died mid-write
            boolean posix = Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class);
            FileAttribute<?>[] ownerOnly = posix
                    ? new FileAttribute<?>[] {
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
                    }
                    : new FileAttribute<?>[0];
            Files.createFile(tmp, ownerOnly);
            Files.writeString(tmp, Base64.getEncoder().encodeToString(Ids.randomBytes(32)), StandardOpenOption.WRITE);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException raced) {
                Files.deleteIfExists(tmp);
            }
        }
        return Base64.getDecoder().decode(Files.readString(file).trim());
    }
}
