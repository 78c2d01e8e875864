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
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.apache.commons.dbcp2.BasicDataSource;
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
    private DataSource dataSource;
    private Jdbi jdbi;
    private TeamStore teams;
    private ApiKeyStore keys;
    private FileStore files;
    private ExecutionStore executions;
    private RateLimitStore rateLimits;
    private IdempotencyStore idempotency;
    private final WebhookOutbox outbox;
    private final Notifications notifications;
    private Nodes nodes;
    private WebhookEndpointStore webhookEndpoints;
    private DeliveryQueue deliveryQueue;
    private DeliveryLog deliveryLog;
    private AnalysisStore analysis;

    public JdbcStorage(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.dialect = Dialect.of(url);
        this.outbox = new WebhookOutbox(dialect);
        this.notifications = dialect == Dialect.POSTGRES ? new Notifications(url, user, password) : null;
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
        if (dataSource != null) {
            throw new IllegalStateException("already started");
        }
        dataSource = dialect == Dialect.SQLITE ? sqliteDataSource() : postgresDataSource();
        try {
            migrate();
        } catch (RuntimeException e) {
            close(dataSource);
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
        analysis = new JdbiAnalysisStore(jdbi, dialect, outbox);
        nodes = new Nodes(jdbi);
        return this;
    }

    /**
     * SQLite: one connection (SQLite has one writer at a time; in-process waiting for the connection
     * is a cheap monitor wait, instead of SQLite's busy handler sleeping in 1–100 ms steps: about 1.8×
     * the queue throughput of a pool of 4). Commons DBCP rather than HikariCP here because it keeps
     * prepared statements per connection: sqlite-jdbc compiles every statement anew otherwise, which
     * was 13% of the queue's CPU (docs/benchmarks.md, "Execution queue").
     */
    private DataSource sqliteDataSource() {
        BasicDataSource ds = new BasicDataSource();
        ds.setUrl(url);
        // WAL lets readers (other processes: ./framewright keys) run beside the writer; IMMEDIATE
        // transactions take the write lock up front so two read-then-write transactions never deadlock;
        // busy_timeout waits instead of failing
        ds.addConnectionProperty("journal_mode", "WAL");
        ds.addConnectionProperty("synchronous", "NORMAL");
        ds.addConnectionProperty("busy_timeout", "30000");
        ds.addConnectionProperty("foreign_keys", "true");
        ds.addConnectionProperty("transaction_mode", "IMMEDIATE");
        // checkpoint every 10,000 WAL pages (about 40 MB) instead of 1,000: pages rewritten by many
        // transactions (index tails, the queue's rows) are copied back once, and the checkpoint pauses
        // come ten times less often (queue p99 13 → 4–6 ms)
        ds.setConnectionInitSqls(List.of("PRAGMA wal_autocheckpoint = 10000"));
        ds.setMaxTotal(1);
        ds.setMaxIdle(1);
        ds.setMaxWait(Duration.ofSeconds(60));
        ds.setTestOnBorrow(false); // a local file: nothing to go stale
        ds.setPoolPreparedStatements(true);
        ds.setMaxOpenPreparedStatements(256);
        return ds;
    }

    private DataSource postgresDataSource() {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(url);
        hc.setPoolName("framewright-db");
        if (user != null) {
            hc.setUsername(user);
        }
        if (password != null) {
            hc.setPassword(password);
        }
        // the PostgreSQL driver keeps server-side prepared statements per connection by itself
        hc.setMaximumPoolSize(16);
        return new HikariDataSource(hc);
    }

    private static void close(DataSource ds) {
        try {
            ((AutoCloseable) ds).close();
        } catch (Exception e) {
            throw new IllegalStateException("closing the database pool failed", e);
        }
    }

    /** The advisory lock key that serialises migrations of nodes starting together on PostgreSQL. */
    static final long MIGRATION_LOCK = 7216002L;

    /**
     * Runs the Flyway migrations. On PostgreSQL, nodes that start together queue on one session-level
     * advisory lock first ({@code pg_advisory_lock}, a blocking wait on a connection of its own): the
     * first migrates, the others then find the schema current. Flyway takes an advisory lock of its own
     * too, but by retrying {@code pg_try_advisory_xact_lock} a bounded number of times
     * ({@code lockRetryCount}); the blocking lock lets a node wait as long as the first node's
     * migration takes. ScaleCoordinationTest starts four stores on one fresh database at once.
     */
    private void migrate() {
        Runnable flyway = () -> Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        if (dialect != Dialect.POSTGRES) {
            flyway.run();
            return;
        }
        try (java.sql.Connection c = dataSource.getConnection();
                java.sql.Statement st = c.createStatement()) {
            st.execute("SELECT pg_advisory_lock(" + MIGRATION_LOCK + ")");
            try {
                flyway.run();
            } finally {
                st.execute("SELECT pg_advisory_unlock(" + MIGRATION_LOCK + ")");
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not take the migration lock: " + e.getMessage(), e);
        }
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

    /** The nodes table: heartbeats of every node on this database (docs/scale-out.md). */
    public Nodes nodes() {
        return nodes;
    }

    /**
     * Told after every transaction that wrote webhook messages commits (to wake this node's
     * dispatcher); fast, never throws. On PostgreSQL, other nodes' messages also tell it (LISTEN/NOTIFY),
     * and polling covers lost notifications.
     */
    public void onWebhookMessages(Runnable listener) {
        outbox.listener(listener);
        if (notifications != null) {
            notifications.listen(Notifications.WEBHOOKS, listener);
        }
    }

    /**
     * Told, on PostgreSQL, when any node queued executions (a new one, or one whose worker died) —
     * through LISTEN/NOTIFY, so idle workers start at once instead of at their next poll. On SQLite
     * (one node) the in-process path already wakes the workers; nothing is registered.
     */
    public void onExecutionsQueued(Runnable listener) {
        if (notifications != null) {
            notifications.listen(Notifications.EXECUTIONS, listener);
        }
    }

    /**
     * The secret named {@code name} that every node on this database shares: the first caller's
     * {@code fresh} value is stored, and every later call (any node) reads that one.
     */
    public byte[] sharedSecret(String name, java.util.function.Supplier<byte[]> fresh) {
        byte[] candidate = fresh.get();
        return jdbi.inTransaction(h -> {
            h.createUpdate("INSERT INTO shared_secrets (name, secret, created_at) VALUES (:name, :secret, :at) "
                            + "ON CONFLICT (name) DO NOTHING")
                    .bind("name", name)
                    .bind("secret", java.util.Base64.getEncoder().encodeToString(candidate))
                    .bind("at", System.currentTimeMillis())
                    .execute();
            String stored = h.createQuery("SELECT secret FROM shared_secrets WHERE name = :name")
                    .bind("name", name)
                    .mapTo(String.class)
                    .one();
            return java.util.Base64.getDecoder().decode(stored);
        });
    }

    /** Throws when the database cannot answer (for {@code /readyz}). */
    public void check() {
        jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
    }

    @Override
    public synchronized void close() {
        if (notifications != null) {
            notifications.close();
        }
        if (dataSource != null) {
            close(dataSource);
        }
    }
}
