package dev.framewright.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.framewright.core.analysis.AnalysisStore;
import dev.framewright.core.auth.ApiKeyStore;
import dev.framewright.core.auth.TeamStore;
import dev.framewright.core.executions.ExecutionStore;
import dev.framewright.core.files.FileStore;
import dev.framewright.core.idempotency.IdempotencyStore;
import dev.framewright.core.ratelimits.RateLimitStore;
import dev.framewright.core.webhooks.DeliveryLog;
import dev.framewright.core.webhooks.DeliveryQueue;
import dev.framewright.core.webhooks.WebhookEndpointStore;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The SQL store on SQLite (embedded default) or PostgreSQL (scale mode): one Flyway migration set,
 * one SQL text. The constructor does no I/O; {@link #start()} connects and migrates.
 */
public final class JdbcStorage implements AutoCloseable {
    private final String url;
    private final String user;
    private final String password;
    private final Dialect dialect;
    private HikariDataSource dataSource;
    private Jdbi jdbi;
    private TeamStore teams;
    private ApiKeyStore keys;
    private FileStore files;
    private ExecutionStore executions;
    private RateLimitStore rateLimits;
    private IdempotencyStore idempotency;
    private final WebhookOutbox outbox = new WebhookOutbox();
    private WebhookEndpointStore webhookEndpoints;
    private DeliveryQueue deliveryQueue;
    private DeliveryLog deliveryLog;
    private AnalysisStore analysis;

    public JdbcStorage(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.dialect = Dialect.of(url);
    }

    public static JdbcStorage sqlite(Path file) {
        return new JdbcStorage("jdbc:sqlite:" + file.toAbsolutePath(), null, null);
    }

    /** {@link #start()}, creating the SQLite file's folder first when needed. */
    public JdbcStorage startCreatingFolders() throws java.io.IOException {
        if (dialect == Dialect.SQLITE) {
            Path file = Path.of(url.substring("jdbc:sqlite:".length()));
            if (file.getParent() != null) {
                java.nio.file.Files.createDirectories(file.getParent());
            }
        }
        return start();
    }

    /** Connects, migrates the schema (under Flyway's lock, so several nodes may start together). */
    public synchronized JdbcStorage start() {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(url);
        hc.setPoolName("framewright-db");
        if (user != null) {
            hc.setUsername(user);
        }
        if (password != null) {
            hc.setPassword(password);
        }
        if (dialect == Dialect.SQLITE) {
            // WAL lets readers run beside the writer; IMMEDIATE transactions take the write lock up front
            // so two read-then-write transactions never deadlock; busy_timeout waits instead of failing.
            hc.addDataSourceProperty("journal_mode", "WAL");
            hc.addDataSourceProperty("synchronous", "NORMAL");
            hc.addDataSourceProperty("busy_timeout", "30000");
            hc.addDataSourceProperty("foreign_keys", "true");
            hc.addDataSourceProperty("transaction_mode", "IMMEDIATE");
            // SQLite has one writer at a time: a single connection serialises all access in-process, where
            // waiting is a cheap monitor wait, instead of SQLite's busy handler sleeping in 1–100 ms steps
            // (measured: about 1.8× the queue throughput of a pool of 4; see docs/benchmarks.md)
            hc.setMaximumPoolSize(1);
        } else {
            hc.setMaximumPoolSize(16);
        }
        if (dataSource != null) {
            throw new IllegalStateException("already started");
        }
        dataSource = new HikariDataSource(hc);
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        jdbi = Jdbi.create(dataSource);
        teams = new JdbiTeamStore(jdbi);
        keys = new JdbiApiKeyStore(jdbi);
        files = new JdbiFileStore(jdbi, dialect, outbox);
        executions = new JdbiExecutionStore(jdbi, dialect, (JdbiFileStore) files, outbox);
        webhookEndpoints = new JdbiWebhookEndpointStore(jdbi);
        deliveryQueue = new JdbiDeliveryQueue(jdbi, dialect);
        deliveryLog = new JdbiDeliveryLog(jdbi);
        rateLimits = new JdbiRateLimitStore(jdbi);
        idempotency = new JdbiIdempotencyStore(jdbi);
        analysis = new JdbiAnalysisStore(jdbi, dialect);
        return this;
    }

    public Dialect dialect() {
        return dialect;
    }

    public TeamStore teams() {
        return teams;
    }

    public ApiKeyStore keys() {
        return keys;
    }

    public FileStore files() {
        return files;
    }

    public ExecutionStore executions() {
        return executions;
    }

    public IdempotencyStore idempotency() {
        return idempotency;
    }

    public AnalysisStore analysis() {
        return analysis;
    }

    public RateLimitStore rateLimits() {
        return rateLimits;
    }

    public WebhookEndpointStore webhookEndpoints() {
        return webhookEndpoints;
    }

    public DeliveryQueue deliveryQueue() {
        return deliveryQueue;
    }

    public DeliveryLog deliveryLog() {
        return deliveryLog;
    }

    /**
     * Told after every transaction that wrote webhook messages commits (to wake this node's
     * dispatcher); fast, never throws. Other nodes find the messages by polling.
     */
    public void onWebhookMessages(Runnable listener) {
        outbox.listener(listener);
    }

    /** Throws when the database cannot answer (for {@code /readyz}). */
    public void check() {
        jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
    }

    @Override
    public synchronized void close() {
        if (dataSource != null) {
            dataSource.close();
        }
    }
}
