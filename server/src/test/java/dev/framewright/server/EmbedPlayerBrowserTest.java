package dev.framewright.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewright.server.http.Json;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embed page plays a real video in a real browser: Debian's headless Chromium opens
 * {@code /embed/<id>?muted=true&autoplay=true}, and the test reads the video's {@code currentTime}
 * over the DevTools protocol (JDK WebSocket) until it advances. Then revocation: the public paths
 * answer 404 while the signed URLs keep working. Skipped (with the reason) where Chromium is not
 * installed; {@code ./framewright setup} installs it.
 */
class EmbedPlayerBrowserTest {
    private static final Duration PLAY_TIMEOUT = Duration.ofSeconds(45);

    @TempDir
    Path data;

    @TempDir
    Path profile;

    @Test
    void theEmbedPagePlaysTheVideoUntilThePreviewIsDisabled() throws Exception {
        Path chromium = chromium();
        Assumptions.assumeTrue(
                chromium != null, "chromium is not installed (./framewright setup installs the Debian package)");
        try (TestServer s = TestServer.start(data)) {
            String fileId = PublicPreviewTest.upload(
                    s,
                    Media.mp4(3),
                    "browser clip.mp4",
                    f -> f.path("hlsSource").path("status").asText().equals("ready")
                            && PublicPreviewTest.allSettled(f));
            JsonNode file = s.postEmpty("/v1/files/" + fileId + "/enable-public-preview")
                    .json();
            String play = file.get("publicPlaybackId").asText();
            String embed = s.base() + "/embed/" + play + "?muted=true&autoplay=true";

            try (Browser browser = Browser.open(chromium, profile, embed)) {
                JsonNode first = browser.awaitVideo(v -> v.path("t").asDouble() > 0.2, PLAY_TIMEOUT);
                JsonNode later = browser.awaitVideo(
                        v -> v.path("t").asDouble() > first.path("t").asDouble() + 0.3, PLAY_TIMEOUT);
                assertThat(later.path("hls").asBoolean()).as("hls.js loaded").isTrue();
                assertThat(later.path("src").asText())
                        .as("played through hls.js (Media Source), not the MP4 fallback: " + later)
                        .startsWith("blob:");
                assertThat(later.path("paused").asBoolean()).isFalse();
                assertThat(later.path("muted").asBoolean()).isTrue();
            }

            assertThat(s.postEmpty("/v1/files/" + fileId + "/disable-public-preview")
                            .status())
                    .isEqualTo(200);
            for (String path : List.of("/embed/" + play, "/public/hls/" + play + "/index.m3u8")) {
                TestServer.Res r = s.send(HttpRequest.newBuilder(s.uri(path)));
                assertThat(r.status()).as(path).isEqualTo(404);
                assertThat(r.code()).isEqualTo("not_found");
            }
            JsonNode fresh = s.get("/v1/files/" + fileId).json();
            for (String source : List.of("hlsSource", "previewSource", "downloadSource")) {
                String url = fresh.get(source).get("url").asText();
                assertThat(s.send(HttpRequest.newBuilder(s.uri(url))).status())
                        .as(source)
                        .isEqualTo(200);
            }
        }
    }

    private static Path chromium() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    /** A headless Chromium on one page, driven through the DevTools protocol. Closing kills it. */
    private static final class Browser implements AutoCloseable {
        private final Process process;
        private final WebSocket socket;
        private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
        private final AtomicInteger ids = new AtomicInteger();

        private Browser(Process process, WebSocket socket) {
            this.process = process;
            this.socket = socket;
        }

        static Browser open(Path chromium, Path profile, String url) throws Exception {
            List<String> cmd = new ArrayList<>(List.of(
                    chromium.toString(),
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-quic",
                    "--no-first-run",
                    "--no-default-browser-check",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--mute-audio",
                    "--autoplay-policy=no-user-gesture-required",
                    "--user-data-dir=" + profile,
                    "--remote-debugging-port=0",
                    url));
            Process process = new ProcessBuilder(cmd)
                    .redirectErrorStream(true)
                    .redirectOutput(profile.resolve("chromium.log").toFile())
                    .start();
            try {
                int port = devToolsPort(profile, process);
                HttpClient http = HttpClient.newHttpClient();
                String wsUrl = pageSocket(http, port, url);
                Browser[] self = new Browser[1];
                WebSocket ws = http.newWebSocketBuilder()
                        .buildAsync(URI.create(wsUrl), new Listener(msg -> {
                            if (self[0] != null) {
                                self[0].receive(msg);
                            }
                        }))
                        .get(10, TimeUnit.SECONDS);
                self[0] = new Browser(process, ws);
                return self[0];
            } catch (Exception | AssertionError e) {
                kill(process);
                throw e;
            }
        }

        /** Chromium writes the port it chose into DevToolsActivePort in the profile. */
        private static int devToolsPort(Path profile, Process process) throws Exception {
            Path file = profile.resolve("DevToolsActivePort");
            long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < end) {
                if (Files.exists(file)) {
                    List<String> lines = Files.readAllLines(file);
                    if (!lines.isEmpty() && !lines.get(0).isBlank()) {
                        return Integer.parseInt(lines.get(0).trim());
                    }
                }
                if (!process.isAlive()) {
                    throw new AssertionError("chromium exited early with " + process.exitValue() + ": " + log(profile));
                }
                Thread.sleep(100);
            }
            throw new AssertionError("chromium did not open its DevTools port: " + log(profile));
        }

        private static String pageSocket(HttpClient http, int port, String url) throws Exception {
            long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (System.nanoTime() < end) {
                HttpResponse<String> r = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                for (JsonNode target : Json.MAPPER.readTree(r.body())) {
                    if (target.path("type").asText().equals("page")
                            && target.path("url").asText().contains("/embed/")) {
                        return target.get("webSocketDebuggerUrl").asText();
                    }
                }
                Thread.sleep(100);
            }
            throw new AssertionError("no page target for " + url);
        }

        /** Polls the page's video state until {@code done} holds; fails with the last state. */
        JsonNode awaitVideo(java.util.function.Predicate<JsonNode> done, Duration timeout) throws Exception {
            String expression = "JSON.stringify((() => { const v = document.querySelector('video');"
                    + " if (!v) return {missing: true};"
                    + " return {t: v.currentTime, paused: v.paused, muted: v.muted, ready: v.readyState,"
                    + " error: v.error && v.error.code, hls: !!window.Hls, src: v.currentSrc}; })())";
            long end = System.nanoTime() + timeout.toNanos();
            JsonNode last = null;
            while (System.nanoTime() < end) {
                JsonNode result = evaluate(expression);
                String value =
                        result.path("result").path("result").path("value").asText(null);
                if (value != null) {
                    last = Json.MAPPER.readTree(value);
                    if (done.test(last)) {
                        return last;
                    }
                }
                Thread.sleep(200);
            }
            throw new AssertionError("the video did not play; last state: " + last);
        }

        private JsonNode evaluate(String expression) throws Exception {
            int id = ids.incrementAndGet();
            CompletableFuture<JsonNode> answer = new CompletableFuture<>();
            pending.put(id, answer);
            ObjectNode msg = Json.MAPPER.createObjectNode().put("id", id).put("method", "Runtime.evaluate");
            msg.putObject("params").put("expression", expression).put("returnByValue", true);
            socket.sendText(msg.toString(), true).get(5, TimeUnit.SECONDS);
            try {
                return answer.get(10, TimeUnit.SECONDS);
            } finally {
                pending.remove(id);
            }
        }

        private void receive(String message) {
            try {
                JsonNode m = Json.MAPPER.readTree(message);
                CompletableFuture<JsonNode> f = pending.get(m.path("id").asInt(-1));
                if (f != null) {
                    f.complete(m);
                }
            } catch (IOException e) {
                // not JSON: DevTools never sends that; ignore
            }
        }

        private static String log(Path profile) {
            try {
                return Files.readString(profile.resolve("chromium.log"));
            } catch (IOException e) {
                return "(no log)";
            }
        }

        private static void kill(Process p) throws InterruptedException {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(5, TimeUnit.SECONDS);
            }
        }

        @Override
        public void close() throws InterruptedException {
            socket.abort();
            kill(process);
        }
    }

    /** Collects a WebSocket's text messages, which may arrive in parts. */
    private static final class Listener implements WebSocket.Listener {
        private final java.util.function.Consumer<String> onMessage;
        private final StringBuilder partial = new StringBuilder();

        Listener(java.util.function.Consumer<String> onMessage) {
            this.onMessage = onMessage;
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                onMessage.accept(message);
            }
            ws.request(1);
            return null;
        }
    }
}
