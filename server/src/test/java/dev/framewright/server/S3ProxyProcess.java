package dev.framewright.server;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A real S3 API on loopback: S3Proxy over a local folder, checking SigV4 signatures, run as its own
 * JVM from the jar that the build copies to {@code target/s3proxy} (on the test class path its bundled
 * AWS SDK, Jackson and Logback would shadow the server's).
 */
final class S3ProxyProcess implements AutoCloseable {
    static final String ACCESS = "framewright-test";
    static final String SECRET = "framewright-test-secret-0123456789";

    final int port;
    private final Process process;
    final Path log;

    private S3ProxyProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static S3ProxyProcess start(Path dir) throws Exception {
        Path jar = Path.of("target/s3proxy/s3proxy.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing (the build copies it in generate-test-resources)");
        }
        Path blobs = Files.createDirectories(dir.resolve("s3"));
        int port = ServerProcess.freePort();
        Path props = dir.resolve("s3proxy.properties");
        Files.writeString(
                props,
                String.join(
                        "\n",
                        "s3proxy.endpoint=http://127.0.0.1:" + port,
                        "s3proxy.authorization=aws-v2-or-v4",
                        "s3proxy.identity=" + ACCESS,
                        "s3proxy.credential=" + SECRET,
                        "jclouds.provider=filesystem",
                        "jclouds.identity=" + ACCESS,
                        "jclouds.credential=" + SECRET,
                        "jclouds.filesystem.basedir=" + blobs,
                        ""));
        String java = ProcessHandle.current().info().command().orElse("java");
        Path log = dir.resolve("s3proxy.log");
        Process p = new ProcessBuilder(
                        List.of(java, "-Xmx256m", "-jar", jar.toString(), "--properties", props.toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        S3ProxyProcess s3 = new S3ProxyProcess(p, port, log);
        s3.awaitListening(Duration.ofSeconds(60));
        return s3;
    }

    String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    private void awaitListening(Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new AssertionError("S3Proxy exited with " + process.exitValue() + "; see " + log);
            }
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("S3Proxy did not start; see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
