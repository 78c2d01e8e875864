package dev.framewright.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.framewright.core.auth.Team;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What several nodes on one PostgreSQL rely on (docs/scale-out.md): nodes that start together
 * migrate once (Flyway's advisory lock), a shared secret is the first node's for every node,
 * heartbeats, and LISTEN/NOTIFY wake-ups from another node's writes.
 */
class ScaleCoordinationTest {
    static EmbeddedPostgres postgres;
    static int databases;

    @BeforeAll
    static void start() {
        try {
            postgres = EmbeddedPostgres.start();
        } catch (Exception | LinkageError e) {
            Assumptions.abort("embedded PostgreSQL could not start here: " + e);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    private static String freshDatabase() throws Exception {
        String name = "framewright_scale_" + (++databases);
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return postgres.getJdbcUrl("postgres", name);
    }

    @Test
    void nodesStartingTogetherMigrateOnceAndShareOneSecret() throws Exception {
        String url = freshDatabase();
        int n = 4;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<JdbcStorage>> started = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            started.add(pool.submit(() -> {
                go.await();
                return new JdbcStorage(url, null, null).start();
            }));
        }
        go.countDown();
        List<JdbcStorage> nodes = new ArrayList<>();
        for (Future<JdbcStorage> f : started) {
            nodes.add(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        try {
            try (Connection c = java.sql.DriverManager.getConnection(url, "postgres", null);
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(*) FILTER (WHERE success) "
                            + "FROM flyway_schema_history WHERE version IS NOT NULL")) {
                rs.next();
                long migrations;
                try (var files = java.nio.file.Files.list(java.nio.file.Path.of(
                        JdbcStorage.class.getResource("/db/migration").toURI()))) {
                    migrations = files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql"))
                            .count();
                }
                assertThat(migrations).isGreaterThanOrEqualTo(7);
                assertThat(rs.getInt(1)).as("each migration applied once").isEqualTo((int) migrations);
                assertThat(rs.getInt(2)).isEqualTo((int) migrations);
            }
            List<byte[]> secrets = new ArrayList<>();
            for (JdbcStorage s : nodes) {
                byte[] mine = new byte[32];
                new java.security.SecureRandom().nextBytes(mine);
                secrets.add(s.sharedSecret("url-signing", () -> mine));
            }
            for (byte[] s : secrets) {
                assertThat(s).hasSize(32).isEqualTo(secrets.get(0));
            }
        } finally {
            nodes.forEach(JdbcStorage::close);
        }
    }

    @Test
    void heartbeatsListLiveNodesAndForgetSilentOnes() throws Exception {
        try (JdbcStorage s = new JdbcStorage(freshDatabase(), "postgres", null).start()) {
            Instant t = Instant.parse("2026-01-01T00:00:00Z");
            s.nodes().heartbeat(new Nodes.Node("api-1", "api", "0.1.0", 0, t, t));
            s.nodes().heartbeat(new Nodes.Node("worker-1", "worker", "0.1.0", 4, t, t.plusSeconds(5)));
            s.nodes().heartbeat(new Nodes.Node("api-1", "api", "0.1.0", 0, t, t.plusSeconds(10)));
            assertThat(s.nodes().since(t.plusSeconds(1)))
                    .extracting(Nodes.Node::id, Nodes.Node::heartbeatAt)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("api-1", t.plusSeconds(10)),
                            org.assertj.core.groups.Tuple.tuple("worker-1", t.plusSeconds(5)));
            assertThat(s.nodes().since(t.plusSeconds(6)))
                    .extracting(Nodes.Node::id)
                    .containsExactly("api-1");
            assertThat(s.nodes().forgetSilentBefore(t.plusSeconds(6))).isEqualTo(1);
            s.nodes().remove("api-1");
            assertThat(s.nodes().since(t)).isEmpty();
        }
    }

    @Test
    void anotherNodesNewExecutionWakesThisNodesListener() throws Exception {
        String url = freshDatabase();
        try (JdbcStorage writer = new JdbcStorage(url, "postgres", null).start();
                JdbcStorage listener = new JdbcStorage(url, "postgres", null).start()) {
            AtomicInteger woken = new AtomicInteger();
            CountDownLatch wake = new CountDownLatch(1);
            listener.onExecutionsQueued(() -> {
                woken.incrementAndGet();
                wake.countDown();
            });
            Team team = Fixtures.aTeam();
            writer.teams().insert(team);
            // the LISTEN connection opens in the background: insert until the first notification lands
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!wake.await(200, TimeUnit.MILLISECONDS) && System.nanoTime() < end) {
                writer.executions().insert(Fixtures.anExecution(team).build());
            }
            assertThat(woken.get()).as("notifications received").isPositive();
        }
    }
}
