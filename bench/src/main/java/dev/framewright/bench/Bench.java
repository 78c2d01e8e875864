package dev.framewright.bench;

import dev.framewright.store.jdbc.JdbcStorage;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs the benchmarks of docs/benchmarks.md side by side in one run (the machine is shared and noisy:
 * compare figures of the same run). Usage: {@code ./framewright bench [queue] [webhooks] [nodes] [transforms]
 * [isnet-reference] [esrgan-reference] [downloads] [sfx] [speech] [avatar]} (no argument: queue, webhooks, nodes,
 * downloads, sfx and avatar). Options (JVM {@code -D…}, through {@code
 * FRAMEWRIGHT_JAVA_OPTS}): {@code bench.workers}, {@code bench.warmup} (2000), {@code bench.latencySamples}, {@code bench.burst}
 * (queue, and nodes with bench.workers per node), {@code bench.backends} ({@code sqlite,postgres}) and {@code bench.submitters} (1) (queue); {@code bench.downloadMB} (200) and {@code bench.downloadRounds} (5) (downloads); {@code
 * bench.sfxRuns} (3) (sfx).
 */
public final class Bench {
    private Bench() {}

    public static void main(String[] args) throws Exception {
        List<String> which =
                args.length == 0 ? List.of("queue", "webhooks", "nodes", "downloads", "sfx", "avatar") : List.of(args);
        Path root = Files.createTempDirectory("framewright-bench");
        if (which.contains("queue")) {
            queue(root);
        }
        if (which.contains("webhooks")) {
            webhooks(root);
        }
        if (which.contains("nodes")) {
            nodes(root);
        }
        if (which.contains("transforms")) {
            TransformBench.main(args);
        }
        if (which.contains("isnet-reference")) {
            ReferenceBench.isnetReference();
        }
        if (which.contains("esrgan-reference")) {
            ReferenceBench.esrganReference();
        }
        if (which.contains("downloads")) {
            downloads();
        }
        if (which.contains("sfx")) {
            int runs = Integer.getInteger("bench.sfxRuns", 3);
            SoundEffectBench.print(new SoundEffectBench().run(root, runs), runs);
        }
        if (which.contains("speech")) {
            SpeechBench.print(new SpeechBench().run(root));
        }
        if (which.contains("avatar")) {
            avatar(root);
        }
    }

    private static void downloads() throws Exception {
        long mb = Long.getLong("bench.downloadMB", 200);
        int rounds = Integer.getInteger("bench.downloadRounds", 5);
        Path root = Files.createTempDirectory("framewright-bench-downloads");
        try {
            List<DownloadBench.Result> results = new DownloadBench().run(root, mb, rounds);
            System.out.printf(
                    "%nDownloads: one %d MiB file, %d alternating rounds after a warm-up, curl into /dev/null%n",
                    mb, rounds);
            System.out.println("| server | median MiB/s | best MiB/s | server CPU s/GiB (median) | rounds MiB/s |");
            System.out.println("|---|---|---|---|---|");
            for (DownloadBench.Result r : results) {
                System.out.printf(
                        Locale.ROOT,
                        "| %s | %.0f | %.0f | %.2f | %s |%n",
                        r.server(),
                        r.medianMBps(),
                        r.bestMBps(),
                        r.cpuSecondsPerGiB(),
                        String.join(
                                ", ",
                                r.rounds().stream()
                                        .map(v -> String.format(Locale.ROOT, "%.0f", v))
                                        .toList()));
            }
            if (results.size() == 2) {
                System.out.printf(
                        Locale.ROOT,
                        "Framewright / nginx (medians): %.0f%%%n",
                        100 * results.get(0).medianMBps() / results.get(1).medianMBps());
            }
        } finally {
            deleteTree(root);
        }
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        try (var walk = Files.walk(root)) {
            walk.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }

    private static void avatar(Path root) throws Exception {
        List<AvatarBench.Result> results = new AvatarBench().run(Files.createDirectories(root.resolve("avatar")));
        System.out.printf("%ngenerate-avatar, 512x512 at 25 fps, x264 veryfast + AAC, through AvatarTool%n");
        System.out.println("| audio | length | render (decode, analysis, frames, encode) | × real time |"
                + " mouth–energy correlation |");
        System.out.println("|---|---|---|---|---|");
        for (AvatarBench.Result r : results) {
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %.1f s | %.2f s | %.2f | %.2f |%n",
                    r.audio(),
                    r.seconds(),
                    r.renderSeconds(),
                    r.seconds() / r.renderSeconds(),
                    r.correlation());
        }
    }

    private static void queue(Path root) throws Exception {
        int workers = Integer.getInteger("bench.workers", 4);
        int warmup = Integer.getInteger("bench.warmup", 2000);
        int samples = Integer.getInteger("bench.latencySamples", 300);
        int burst = Integer.getInteger("bench.burst", 2000);
        String backends = System.getProperty("bench.backends", "sqlite,postgres");
        int submitters = Integer.getInteger("bench.submitters", 1);
        List<QueueBench.Result> results = new ArrayList<>();
        if (backends.contains("sqlite")) {
            try (JdbcStorage sqlite =
                    JdbcStorage.sqlite(root.resolve("sqlite/bench.db")).startCreatingFolders()) {
                results.add(new QueueBench()
                        .run("SQLite", sqlite, root.resolve("sqlite"), workers, warmup, samples, burst, submitters));
            }
        }
        if (backends.contains("postgres")) {
            try (EmbeddedPostgres pg = EmbeddedPostgres.start();
                    JdbcStorage postgres =
                            new JdbcStorage(pg.getJdbcUrl("postgres", "postgres"), "postgres", null).start()) {
                results.add(new QueueBench()
                        .run("PostgreSQL", postgres, root.resolve("pg"), workers, warmup, samples, burst, submitters));
            }
        }
        System.out.printf(
                "%nExecution queue, trivial tool, %d workers, %d latency samples, burst of %d from %d submitter(s)%n",
                workers, samples, burst, submitters);
        System.out.println("| backend | submit→running p50 | p99 | completed executions/s | submitted/s |");
        System.out.println("|---|---|---|---|---|");
        for (QueueBench.Result r : results) {
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %.2f ms | %.2f ms | %.0f | %.0f |%n",
                    r.backend(),
                    r.p50Ms(),
                    r.p99Ms(),
                    r.perSecond(),
                    r.submittedPerSecond());
        }
    }

    /** Executions/s with 1 and 2 worker nodes on one PostgreSQL, in one run (docs/benchmarks.md). */
    private static void nodes(Path root) throws Exception {
        int perNode = Integer.getInteger("bench.workers", 4);
        int burst = Integer.getInteger("bench.burst", 2000);
        List<NodesBench.Result> results = new ArrayList<>();
        try (EmbeddedPostgres pg = EmbeddedPostgres.start()) {
            for (int nodes : new int[] {1, 2, 1, 2}) {
                String db = "nodes_" + results.size();
                try (java.sql.Connection c = pg.getPostgresDatabase().getConnection();
                        java.sql.Statement st = c.createStatement()) {
                    st.execute("CREATE DATABASE " + db);
                }
                results.add(
                        new NodesBench().run(pg.getJdbcUrl("postgres", db), nodes, perNode, burst, root.resolve(db)));
            }
        }
        System.out.printf(
                "%nWorker nodes on one PostgreSQL, trivial tool, %d workers per node, burst of %d, alternating%n",
                perNode, burst);
        System.out.println("| worker nodes | completed executions/s | executions per node |");
        System.out.println("|---|---|---|");
        for (NodesBench.Result r : results) {
            System.out.printf(Locale.ROOT, "| %d | %.0f | %s |%n", r.nodes(), r.perSecond(), r.perNode());
        }
    }

    private static void webhooks(Path root) throws Exception {
        int samples = Integer.getInteger("bench.webhookSamples", 300);
        int backlog = Integer.getInteger("bench.webhookBacklog", 2000);
        List<WebhookBench.Result> results = new ArrayList<>();
        try (JdbcStorage sqlite =
                JdbcStorage.sqlite(root.resolve("hooks-sqlite/bench.db")).startCreatingFolders()) {
            results.add(new WebhookBench().run("SQLite", sqlite, samples, backlog));
        }
        try (EmbeddedPostgres pg = EmbeddedPostgres.start();
                JdbcStorage postgres =
                        new JdbcStorage(pg.getJdbcUrl("postgres", "postgres"), "postgres", null).start()) {
            results.add(new WebhookBench().run("PostgreSQL", postgres, samples, backlog));
        }
        System.out.printf(
                "%nWebhooks, loopback receiver answering 204, %d latency samples, backlog of %d%n", samples, backlog);
        System.out.println("| backend | terminal status→first attempt p50 | p99 | deliveries/s |");
        System.out.println("|---|---|---|---|");
        for (WebhookBench.Result r : results) {
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %.2f ms | %.2f ms | %.0f |%n",
                    r.backend(),
                    r.p50Ms(),
                    r.p99Ms(),
                    r.perSecond());
        }
    }
}
