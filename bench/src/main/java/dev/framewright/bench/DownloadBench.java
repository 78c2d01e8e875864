package dev.framewright.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.framewright.server.FramewrightServer;
import dev.framewright.server.config.ConfigSources;
import dev.framewright.server.config.ServerConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Download throughput of one large file through a signed URL of an in-process Framewright server,
 * side by side with nginx serving the same blob from the same disk (sendfile on), alternating rounds
 * so both see the same machine load and a warm page cache. Downloads are made by {@code curl} (into
 * {@code /dev/null}) when installed, else by the JDK HttpClient. nginx comes from Debian ({@code
 * nginx-light}); without it only Framewright is measured.
 */
final class DownloadBench {
    /**
     * Figures of one server.
     *
     * @param cpuSecondsPerGiB CPU time the serving process(es) spent per GiB sent (median): unlike the
     *     throughput it hardly depends on what else the machine runs
     */
    record Result(String server, double medianMBps, double bestMBps, List<Double> rounds, double cpuSecondsPerGiB) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "bench-key-0123456789-abcdefghij";

    private final HttpClient http = HttpClient.newHttpClient();

    List<Result> run(Path dir, long megabytes, int rounds) throws Exception {
        Path wav = dir.resolve("bench.wav");
        writeNoiseWav(wav, megabytes << 20);
        ServerConfig config = ServerConfig.from(ConfigSources.load(
                List.of(
                        "--port", "0",
                        "--host", "127.0.0.1",
                        "--data-dir", dir.resolve("data").toString(),
                        "--bootstrap-api-key", KEY,
                        "--workers", "0",
                        "--analysis-workers", "0"),
                Map.of()));
        try (FramewrightServer server = FramewrightServer.start(config, Clock.systemUTC())) {
            String fileId = upload(server.baseUrl(), wav);
            JsonNode file = awaitProcessed(server.baseUrl(), fileId);
            String signedUrl = file.path("downloadSource").path("url").asText();
            Path blob = dir.resolve("data/blobs/files").resolve(fileId);
            try (Nginx nginx = Nginx.start(dir.resolve("nginx"), blob)) {
                String nginxUrl = nginx == null ? null : nginx.url(blobName(blob));
                List<Double> fw = new ArrayList<>();
                List<Double> fwCpu = new ArrayList<>();
                List<Double> ng = new ArrayList<>();
                List<Double> ngCpu = new ArrayList<>();
                // one warm-up round each (page cache, JIT), then alternate
                download(signedUrl);
                if (nginxUrl != null) {
                    download(nginxUrl);
                }
                for (int i = 0; i < rounds; i++) {
                    long cpu = jvmCpuNanos();
                    fw.add(download(signedUrl));
                    fwCpu.add(perGiB(jvmCpuNanos() - cpu, megabytes));
                    if (nginxUrl != null) {
                        cpu = nginx.cpuNanos();
                        ng.add(download(nginxUrl));
                        ngCpu.add(perGiB(nginx.cpuNanos() - cpu, megabytes));
                    }
                }
                List<Result> out = new ArrayList<>();
                out.add(result("Framewright (signed URL)", fw, fwCpu));
                if (nginxUrl != null) {
                    out.add(result("nginx " + nginx.version() + " (sendfile)", ng, ngCpu));
                }
                return out;
            }
        }
    }

    private static String blobName(Path blobDir) throws IOException {
        try (var files = Files.list(blobDir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.equals("original") || n.startsWith("download."))
                    .findFirst()
                    .orElseThrow(() -> new IOException("no download blob in " + blobDir));
        }
    }

    private static Result result(String server, List<Double> rounds, List<Double> cpu) {
        List<Double> sorted = new ArrayList<>(rounds);
        Collections.sort(sorted);
        return new Result(server, sorted.get(sorted.size() / 2), sorted.getLast(), List.copyOf(rounds), median(cpu));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static double perGiB(long cpuNanos, long megabytes) {
        return cpuNanos / 1e9 / (megabytes / 1024.0);
    }

    /** CPU time of this JVM: the in-process server (the downloads run in curl, another process). */
    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** MB/s (MiB) of one full download. */
    private double download(String url) throws Exception {
        if (Nginx.which("curl") != null) {
            Process p = new ProcessBuilder(
                            "curl", "-s", "-f", "-o", "/dev/null", "-w", "%{size_download} %{time_total}", url)
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (p.waitFor() != 0) {
                throw new IOException("curl failed on " + url + ": " + out);
            }
            String[] f = out.split(" ");
            return Double.parseDouble(f[0]) / (1 << 20) / Double.parseDouble(f[1]);
        }
        long t0 = System.nanoTime();
        HttpResponse<java.io.InputStream> r =
                http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofInputStream());
        long n = 0;
        byte[] buf = new byte[1 << 20];
        try (var in = r.body()) {
            for (int k; (k = in.read(buf)) > 0; ) {
                n += k;
            }
        }
        return n / (1 << 20) / ((System.nanoTime() - t0) / 1e9);
    }

    private String upload(String base, Path wav) throws Exception {
        HttpResponse<String> created = http.send(
                HttpRequest.newBuilder(URI.create(base + "/v1/files/upload"))
                        .header("Authorization", "Bearer " + KEY)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"displayName\":\"bench.wav\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode c = JSON.readTree(created.body());
        HttpResponse<String> put = http.send(
                HttpRequest.newBuilder(URI.create(c.get("uploadUrl").asText()))
                        .PUT(HttpRequest.BodyPublishers.ofFile(wav))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (put.statusCode() != 200) {
            throw new IOException("upload failed: " + put.body());
        }
        return c.get("fileId").asText();
    }

    /** Waits until processing settled every rendition, so no ffmpeg runs during the measurement. */
    private JsonNode awaitProcessed(String base, String fileId) throws Exception {
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < end) {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/v1/files/" + fileId))
                            .header("Authorization", "Bearer " + KEY)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode f = JSON.readTree(r.body());
            boolean settled = true;
            for (String s : List.of("downloadSource", "previewSource", "hlsSource", "thumbnailSource")) {
                settled &= !f.path(s).path("status").asText().equals("pending");
            }
            if (settled) {
                if (!f.path("downloadSource").path("status").asText().equals("ready")) {
                    throw new IOException("the upload failed: " + r.body());
                }
                return f;
            }
            Thread.sleep(500);
        }
        throw new IOException("processing took longer than 10 minutes");
    }

    /** A stereo 48 kHz float WAV of white noise, {@code bytes} long (incompressible, and real media). */
    static void writeNoiseWav(Path file, long bytes) throws IOException {
        long data = bytes - 44;
        ByteBuffer h = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        h.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt((int) (data + 36));
        h.put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16);
        h.putShort((short) 3)
                .putShort((short) 2)
                .putInt(48000)
                .putInt(48000 * 8)
                .putShort((short) 8);
        h.putShort((short) 32);
        h.put("data".getBytes(StandardCharsets.US_ASCII)).putInt((int) data);
        SplittableRandom random = new SplittableRandom(42);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(h.array());
            ByteBuffer chunk = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
            for (long left = data; left > 0; ) {
                chunk.clear();
                while (chunk.remaining() >= 4) {
                    chunk.putFloat((float) (random.nextDouble() * 0.5 - 0.25));
                }
                int n = (int) Math.min(left, chunk.capacity());
                out.write(chunk.array(), 0, n);
                left -= n;
            }
        }
    }

    /** nginx from Debian on a loopback port, serving one folder; null when nginx is not installed. */
    static final class Nginx implements AutoCloseable {
        private final Process process;
        private final int port;
        private final String version;

        private Nginx(Process process, int port, String version) {
            this.process = process;
            this.port = port;
            this.version = version;
        }

        static Nginx start(Path prefix, Path root) throws Exception {
            String nginx = which("nginx");
            if (nginx == null) {
                nginx = Files.isExecutable(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : null;
            }
            if (nginx == null) {
                System.err.println("nginx is not installed (apt-get install nginx-light): measuring Framewright only");
                return null;
            }
            Files.createDirectories(prefix.resolve("logs"));
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            String user = System.getProperty("user.name");
            String conf = (user.equals("root") ? "user root;\n" : "")
                    + "worker_processes 1;\n"
                    + "pid " + prefix.resolve("nginx.pid") + ";\n"
                    + "error_log " + prefix.resolve("logs/error.log") + " warn;\n"
                    + "events { worker_connections 64; }\n"
                    + "http {\n"
                    + "  access_log off;\n"
                    + "  default_type application/octet-stream;\n"
                    + "  sendfile on;\n"
                    + "  tcp_nopush on;\n"
                    + "  client_body_temp_path " + prefix.resolve("tmp") + ";\n"
                    + "  server {\n"
                    + "    listen 127.0.0.1:" + port + ";\n"
                    + "    root " + root.toAbsolutePath() + ";\n"
                    + "  }\n"
                    + "}\n";
            Path confFile = prefix.resolve("nginx.conf");
            Files.writeString(confFile, conf);
            Process p = new ProcessBuilder(
                            nginx, "-c", confFile.toString(), "-p", prefix.toString(), "-g", "daemon off;")
                    .redirectErrorStream(true)
                    .redirectOutput(prefix.resolve("logs/stdout.log").toFile())
                    .start();
            Process v =
                    new ProcessBuilder(nginx, "-v").redirectErrorStream(true).start();
            String version = new String(v.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                    .trim()
                    .replaceAll("^.*nginx/", "");
            v.waitFor();
            awaitPort(port, p);
            return new Nginx(p, port, version);
        }

        private static void awaitPort(int port, Process p) throws Exception {
            for (int i = 0; i < 100; i++) {
                if (!p.isAlive()) {
                    throw new IOException("nginx exited with " + p.exitValue());
                }
                try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
                    return;
                } catch (IOException notYet) {
                    Thread.sleep(50);
                }
            }
            throw new IOException("nginx did not listen on " + port);
        }

        /** CPU time of the nginx master and workers. */
        long cpuNanos() {
            long total = cpu(process.toHandle());
            for (ProcessHandle h : process.descendants().toList()) {
                total += cpu(h);
            }
            return total;
        }

        private static long cpu(ProcessHandle h) {
            return h.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
        }

        String url(String name) {
            return "http://127.0.0.1:" + port + "/" + name;
        }

        String version() {
            return version;
        }

        static String which(String program) {
            for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
                Path p = Path.of(d.isEmpty() ? "." : d, program);
                if (Files.isExecutable(p)) {
                    return p.toString();
                }
            }
            return null;
        }

        @Override
        public void close() throws Exception {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
