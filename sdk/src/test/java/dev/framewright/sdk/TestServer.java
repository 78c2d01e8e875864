package dev.framewright.sdk;

import dev.framewright.server.FramewrightServer;
import dev.framewright.server.config.ConfigSources;
import dev.framewright.server.config.ServerConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real Framewright server on a free loopback port with its own data folder and a bootstrap key,
 * started the way the server's own tests start it, and SDK clients pointed at it.
 */
final class TestServer implements AutoCloseable {
    static final String KEY = "sdk-test-key-0123456789-abcdefghij";

    /**
     * {@code --engines-disabled} value that leaves only the two upscalers (Lanczos ×2 and ffmpeg ×2):
     * every other tool then answers 503 engine_unavailable, and upscale results have a known size.
     */
    static final String ONLY_UPSCALERS =
            "potrace,isnet,border-flood,isnet-keyframes,border-flood-video,esrgan-thick,procedural-scene,procedural-clip,java2d-presenters,festival,flite,espeak-ng,openai-speech,elevenlabs,procedural-sfx";

    final FramewrightServer server;

    private TestServer(FramewrightServer server) {
        this.server = server;
    }

    static TestServer start(Path dataDir, String... extraFlags) throws IOException {
        return start(dataDir, Clock.systemUTC(), extraFlags);
    }

    static TestServer start(Path dataDir, Clock clock, String... extraFlags) throws IOException {
        List<String> flags = new ArrayList<>(List.of(
                "--port",
                "0",
                "--host",
                "127.0.0.1",
                "--data-dir",
                dataDir.toString(),
                "--bootstrap-api-key",
                KEY,
                "--workers",
                "2",
                // no file analysis: it is not what these tests exercise, and it would compete for the CPU
                "--analysis-workers",
                "0"));
        flags.addAll(List.of(extraFlags));
        ServerConfig config = ServerConfig.from(ConfigSources.load(flags, Map.of()));
        return new TestServer(FramewrightServer.start(config, clock));
    }

    String baseUrl() {
        return server.baseUrl();
    }

    /** A builder for this server with fast polling and short backoff, and no environment lookups. */
    VideoGenClient.Builder clientBuilder() {
        return VideoGenClient.builder()
                .environment(name -> null)
                .baseUrl(baseUrl())
                .apiKey(KEY)
                .retryBaseDelay(Duration.ofMillis(50))
                .pollInterval(Duration.ofMillis(100));
    }

    VideoGenClient client() {
        return clientBuilder().build();
    }

    @Override
    public void close() {
        server.close();
    }
}
