package dev.framewright.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsTest {
    @TempDir
    Path data;

    @Test
    void aKeyIsCreatedOnceOwnerOnlyAndReadBackTheSame() throws Exception {
        byte[] first = Secrets.key(data, "webhooks");
        byte[] again = Secrets.key(data, "webhooks");
        byte[] other = Secrets.key(data, "urls");

        assertThat(first).hasSize(32).isEqualTo(again).isNotEqualTo(other);
        Path file = data.resolve("secrets/webhooks.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(data.resolve("secrets/webhooks.key.tmp")).doesNotExist();
    }

    @Test
    void aTemporaryFileLeftByACrashedStartIsReplaced() throws Exception {
        Path dir = Files.createDirectories(data.resolve("secrets"));
        Files.writeString(dir.resolve("webhooks.key.tmp"), "half-writ");

        assertThat(Secrets.key(data, "webhooks")).hasSize(32);
        assertThat(dir.resolve("webhooks.key.tmp")).doesNotExist();
    }
}
