package dev.framewright.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * Two nodes (two server processes, each with its own data folder and HTTP port) share one PostgreSQL: under concurrent requests to both, one key never gets more than its limit
 * together, and every count from 1 to the limit is handed out exactly once.
 */
class SharedRateLimitTest {
    static final int LIMIT = 40;

    @TempDir
    static Path dirA;

    @TempDir
    static Path dirB;

    static EmbeddedPostgres postgres;
    static ServerProcess a;
    static ServerProcess b;
    static final HttpClient http = HttpClient.newHttpClient();

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
        a = ServerProcess.start(dirA.resolve("a"), ServerProcess.freePort(), flags);
        b = ServerProcess.start(dirB.resolve("b"), ServerProcess.freePort(), flags);
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
        assertThat(a.port).isNotEqualTo(b.port);
        int threads = 16;
        int perThread = 10;
        ConcurrentLinkedQueue<HttpResponse<String>> answers = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                ServerProcess node = t % 2 == 0 ? a : b;
                done.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < perThread; i++) {
                        answers.add(me(node));
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
                .filter(r -> r.statusCode() == 200)
                .map(r -> Integer.parseInt(
                        r.headers().firstValue("X-RateLimit-Remaining").orElseThrow()))
                .sorted()
                .toList();
        long refused = answers.stream().filter(r -> r.statusCode() == 429).count();
        assertThat(answers).hasSize(threads * perThread);
        assertThat(admittedRemaining)
                .as("each count handed out once")
                .containsExactlyElementsOf(IntStream.range(0, LIMIT).boxed().toList());
        assertThat(refused).isEqualTo(threads * perThread - LIMIT);
        assertThat(me(a).statusCode()).isEqualTo(429);
        assertThat(me(b).statusCode()).isEqualTo(429);
    }

    private static HttpResponse<String> me(ServerProcess node) throws Exception {
        return http.send(
                HttpRequest.newBuilder(java.net.URI.create(node.base() + "/v1/me"))
                        .header("Authorization", "Bearer " + TestServer.KEY)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
