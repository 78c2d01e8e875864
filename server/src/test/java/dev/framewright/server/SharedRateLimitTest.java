package dev.framewright.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes (two {@link FramewrightServer}s in this JVM, each with its own data folder and HTTP port)
 * share one PostgreSQL: under concurrent requests to both, one key never gets more than its limit
 * together, and every count from 1 to the limit is handed out exactly once.
 */
class SharedRateLimitTest {
    static final int LIMIT = 40;

    @TempDir
    static Path dirA;

    @TempDir
    static Path dirB;

    static EmbeddedPostgres postgres;
    static TestServer a;
    static TestServer b;

    @BeforeAll
    static void start() throws Exception {
        try {
            postgres = EmbeddedPostgres.start();
        } catch (Exception | LinkageError e) {
            Assumptions.abort("embedded PostgreSQL could not start here: " + e);
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE framewright_nodes");
        }
        String url = postgres.getJdbcUrl("postgres", "framewright_nodes");
        String[] flags = {"--database-url", url, "--rate-limits", "account=" + LIMIT, "--workers", "0"};
        a = TestServer.start(dirA.resolve("a"), flags);
        b = TestServer.start(dirB.resolve("b"), flags);
    }

    @AfterAll
    static void stop() throws Exception {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void twoNodesTogetherAdmitExactlyTheLimit() throws Exception {
        assertThat(a.server.port()).isNotEqualTo(b.server.port());
        int threads = 16;
        int perThread = 10;
        ConcurrentLinkedQueue<TestServer.Res> answers = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                TestServer node = t % 2 == 0 ? a : b;
                done.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < perThread; i++) {
                        answers.add(node.send(HttpRequest.newBuilder(node.uri("/v1/me"))
                                .header("Authorization", "Bearer " + TestServer.KEY)));
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        List<Integer> admittedRemaining = answers.stream()
                .filter(r -> r.status() == 200)
                .map(r -> Integer.parseInt(r.header("X-RateLimit-Remaining")))
                .sorted()
                .toList();
        long refused = answers.stream().filter(r -> r.status() == 429).count();
        assertThat(answers).hasSize(threads * perThread);
        assertThat(admittedRemaining)
                .as("each count handed out once")
                .containsExactlyElementsOf(IntStream.range(0, LIMIT).boxed().toList());
        assertThat(refused).isEqualTo(threads * perThread - LIMIT);
        assertThat(a.get("/v1/me").status()).isEqualTo(429);
        assertThat(b.get("/v1/me").status()).isEqualTo(429);
    }
}
