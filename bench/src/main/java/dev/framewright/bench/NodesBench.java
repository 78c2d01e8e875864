package dev.framewright.bench;

import dev.framewright.contract.IdPrefix;
import dev.framewright.contract.ToolType;
import dev.framewright.core.Ids;
import dev.framewright.core.auth.Team;
import dev.framewright.core.auth.Teams;
import dev.framewright.core.executions.ExecutionRecord;
import dev.framewright.core.executions.ToolRegistry;
import dev.framewright.core.files.Renditions;
import dev.framewright.core.worker.ExecutionWorker;
import dev.framewright.core.worker.WorkerConfig;
import dev.framewright.storage.LocalDiskBlobStore;
import dev.framewright.store.jdbc.JdbcStorage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Executions per second with 1 and with 2 worker nodes on one PostgreSQL (scale mode). A node is
 * what a worker process holds: its own {@link JdbcStorage} (connection pool and LISTEN connection),
 * its own {@link ExecutionWorker} under its own node id, woken by LISTEN/NOTIFY. The nodes share one
 * JVM here, so the figures show the coordination path (SKIP LOCKED claims under the team-cap lock,
 * lease fencing, notifications), not more CPU: the tool is trivial (writes 16 bytes) and the blob
 * store is one local folder standing for the bucket.
 */
final class NodesBench {
    /** One configuration's result; {@code perNode} counts the executions each node ran. */
    record Result(int nodes, int workersPerNode, int burst, double perSecond, List<Integer> perNode) {}

    Result run(String url, int nodes, int workersPerNode, int burst, Path dir) throws Exception {
        Clock clock = Clock.systemUTC();
        List<JdbcStorage> stores = new ArrayList<>();
        List<ExecutionWorker> workers = new ArrayList<>();
        List<AtomicInteger> ran = new ArrayList<>();
        LocalDiskBlobStore blobs = new LocalDiskBlobStore(dir.resolve("blobs"));
        blobs.check();
        try {
            for (int i = 0; i < nodes; i++) {
                JdbcStorage s = new JdbcStorage(url, "postgres", null).start();
                stores.add(s);
                AtomicInteger count = new AtomicInteger();
                ran.add(count);
                ExecutionWorker w = new ExecutionWorker(
                        new WorkerConfig(
                                "worker-" + (i + 1),
                                workersPerNode,
                                Duration.ofSeconds(30),
                                Duration.ofSeconds(1),
                                Duration.ofSeconds(2),
                                3,
                                Duration.ofMinutes(5),
                                dir.resolve("scratch-" + i)),
                        s.executions(),
                        s.files(),
                        blobs,
                        new ToolRegistry(List.of(new TrivialTool(id -> count.incrementAndGet()))),
                        new Renditions(blobs, file -> Optional.empty(), new TrivialTool.NoRenditions()),
                        clock);
                s.onExecutionsQueued(w::wake);
                workers.add(w);
            }
            Team team = new Teams(stores.get(0).teams(), clock).create("bench-" + System.nanoTime(), true, 1000);
            for (ExecutionWorker w : workers) {
                w.start();
            }
            submit(stores.get(0), team, 200); // warm-up: JIT, pools, LISTEN connections
            awaitSucceeded(url, team.id(), 200);
            ran.forEach(c -> c.set(0));
            long t0 = System.nanoTime();
            submit(stores.get(0), team, burst);
            awaitSucceeded(url, team.id(), 200 + burst);
            double seconds = (System.nanoTime() - t0) / 1e9;
            return new Result(
                    nodes,
                    workersPerNode,
                    burst,
                    burst / seconds,
                    ran.stream().map(AtomicInteger::get).toList());
        } finally {
            workers.forEach(ExecutionWorker::close);
            stores.forEach(JdbcStorage::close);
        }
    }

    /** Inserts {@code n} pending executions; the inserts NOTIFY every node's LISTEN connection. */
    private static void submit(JdbcStorage store, Team team, int n) {
        for (int i = 0; i < n; i++) {
            store.executions()
                    .insert(ExecutionRecord.pending(
                            Ids.newId(IdPrefix.EXECUTION),
                            team.id(),
                            null,
                            ToolType.UPSCALE_IMAGE,
                            "{\"imageStorageFileId\":\"x\"}",
                            1,
                            true,
                            false,
                            Clock.systemUTC().instant()));
        }
    }

    private static void awaitSucceeded(String url, String teamId, int total) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", null);
                PreparedStatement q = c.prepareStatement(
                        "SELECT COUNT(*) FROM executions WHERE team_id = ? AND status = 'succeeded'")) {
            q.setString(1, teamId);
            while (true) {
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) >= total) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
    }
}
