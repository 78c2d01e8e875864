package dev.framewright.server;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The server started as a separate JVM (as a user runs it), so that tests can really kill it. */
final class ServerProcess implements AutoCloseable {
    final Process process;
    final int port;
    final Path log;

    private ServerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static ServerProcess start(Path dataDir, int port, String... flags) throws Exception {
        return start(Duration.ofSeconds(180), dataDir, port, flags); // a JVM start is slow on a busy 2-core machine
    }

    /** As {@link #start(Path, int, String...)}, waiting up to {@code timeout} for {@code /readyz}. */
    static ServerProcess start(Duration timeout, Path dataDir, int port, String... flags) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(
                java,
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.framewright.server.Main",
                "serve",
                "--port",
                String.valueOf(port),
                "--host",
                "127.0.0.1",
                "--data-dir",
                dataDir.toString(),
                "--bootstrap-api-key",
                TestServer.KEY));
        cmd.addAll(List.of(flags));
        Path log = dataDir.resolveSibling(dataDir.getFileName() + "-server-" + System.nanoTime() + ".log");
        Process p = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        ServerProcess sp = new ServerProcess(p, port, log);
        try {
            sp.awaitHealthy(timeout);
        } catch (Exception | AssertionError e) {
            p.destroyForcibly().waitFor(); // never leave a half-started server behind
            throw e;
        }
        return sp;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    private void awaitHealthy(Duration timeout) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new AssertionError("server exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> r = http.send(
                        HttpRequest.newBuilder(URI.create(base() + "/readyz")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        threadDump();
        throw new AssertionError("server did not become ready; see " + log);
    }

    /** Appends the server's threads to its log (jcmd), to show where a start hung. */
    private void threadDump() {
        try {
            Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
            new ProcessBuilder(jcmd.toString(), String.valueOf(process.pid()), "Thread.print")
                    .redirectErrorStream(true)
                    .redirectOutput(
                            log.resolveSibling(log.getFileName() + ".threads").toFile())
                    .start()
                    .waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            // the dump is only a diagnostic
        }
    }

    /** {@code kill -9}: no shutdown hook, no cleanup. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(
                java.util.concurrent.TimeUnit.SECONDS.toMillis(20), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
