package dev.framewright.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The behaviour every SQL backend shares. A backend test extends this class and says how to open a
 * fresh, empty database; the storage is started (migrated) once per class and the tables are emptied
 * before each test. The port contracts live in the interfaces, one per port.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StoreContractTest
        implements TeamStoreContract,
                ApiKeyStoreContract,
                FileStoreContract,
                ExecutionStoreContract,
                ExecutionQueueContract,
                ConcurrencyContract,
                RateLimitStoreContract,
                ExecutionEventsContract,
                IdempotencyStoreContract,
                WebhookStoreContract,
                AnalysisStoreContract {

    /** Where the fresh database is; {@code user} and {@code password} may be null. */
    record Backend(String url, String user, String password) {
        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }

    private Backend backend;
    private JdbcStorage storage;

    /** A fresh, empty database; aborts (Assumptions) with a reason when the backend cannot start. */
    abstract Backend openBackend() throws Exception;

    /** Stops what {@link #openBackend()} started, after the storage closed. */
    void closeBackend() throws Exception {}

    @BeforeAll
    void startStorage() throws Exception {
        backend = openBackend();
        storage = new JdbcStorage(backend.url(), backend.user(), backend.password()).start();
    }

    @AfterAll
    void stopStorage() throws Exception {
        if (storage != null) {
            storage.close();
        }
        closeBackend();
    }

    @BeforeEach
    void emptyTables() throws SQLException {
        try (Connection c = backend.connect();
                Statement s = c.createStatement()) {
            for (String table : new String[] {
                "webhook_attempts",
                "webhook_messages",
                "webhook_endpoints",
                "files",
                "execution_events",
                "idempotency_keys",
                "executions",
                "api_keys",
                "teams",
                "rate_counters",
                "rate_limit_overrides",
                "file_analysis"
            }) {
                s.executeUpdate("DELETE FROM " + table);
            }
        }
    }

    @Override
    public JdbcStorage storage() {
        return storage;
    }

    @Test
    void flywayAppliedEveryMigrationInOrder() throws SQLException {
        List<String> scripts = new ArrayList<>();
        try (Connection c = backend.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT script, success FROM flyway_schema_history "
                        + "WHERE version IS NOT NULL ORDER BY installed_rank")) {
            while (rs.next()) {
                assertThat(rs.getBoolean("success")).as(rs.getString("script")).isTrue();
                scripts.add(rs.getString("script"));
            }
        }
        assertThat(scripts).startsWith("V1__init.sql").contains("V3__rate_limits.sql", "V4__webhooks.sql");
    }

    @Test
    void checkAnswersWhileStarted() {
        storage.check();
    }

    @Test
    void aSecondNodeStartsOnTheMigratedSchemaAndSeesTheSameRows() {
        storage.teams().insert(Fixtures.aTeam());
        JdbcStorage second = new JdbcStorage(backend.url(), backend.user(), backend.password()).start();
        try {
            second.check();
            assertThat(second.teams().list()).isEqualTo(storage.teams().list());
        } finally {
            second.close();
        }

        assertThatThrownBy(second::check).isInstanceOf(RuntimeException.class);
        storage.check();
    }

    @Test
    void theDialectFollowsTheUrl() {
        assertThat(storage.dialect()).isEqualTo(Dialect.of(backend.url()));
    }
}
