package dev.framewright.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on an embedded SQLite file (the default deployment). */
class SqliteStoreTest extends StoreContractTest {
    @TempDir
    static Path dir;

    @Override
    Backend openBackend() {
        return new Backend("jdbc:sqlite:" + dir.resolve("framewright.db").toAbsolutePath(), null, null);
    }

    @Test
    void constructorDoesNoIo() {
        Path file = dir.resolve("untouched/framewright.db");

        JdbcStorage later = JdbcStorage.sqlite(file);

        assertThat(later.dialect()).isEqualTo(Dialect.SQLITE);
        assertThat(file.getParent()).doesNotExist();
        later.close();
    }
}
