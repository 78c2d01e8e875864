package dev.framewright.cli;

import dev.framewright.server.FramewrightServer;
import dev.framewright.server.config.ConfigSources;
import dev.framewright.server.config.ServerConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A real server on a free loopback port, and the CLI run in-process against it. */
final class CliTestServer implements AutoCloseable {
    static final String KEY = "cli-test-key-0123456789-abcdefghij";

    final FramewrightServer server;

    private CliTestServer(FramewrightServer server) {
        this.server = server;
    }

    /** Only the upscalers: generate-image and friends answer 503, upscales are a known ×2. */
    static CliTestServer start(Path dataDir) throws IOException {
        return start(
                dataDir,
                "potrace,isnet,border-flood,isnet-keyframes,border-flood-video,esrgan-thick,procedural-scene,"
                        + "procedural-clip,java2d-presenters,festival,flite,espeak-ng,openai-speech,elevenlabs,"
                        + "procedural-sfx");
    }

    /** @param enginesDisabled the server's engines-disabled setting */
    static CliTestServer start(Path dataDir, String enginesDisabled) throws IOException {
        List<String> flags = List.of(
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
                "--analysis-workers", // no file analysis: not what these tests exercise, and it competes for the CPU
                "0",
                "--webhooks-allow-http",
                "true",
                "--outbound-allow-private",
                "true",
                "--engines-disabled",
                enginesDisabled);
        return new CliTestServer(
                FramewrightServer.start(ServerConfig.from(ConfigSources.load(flags, Map.of())), Clock.systemUTC()));
    }

    /** What one CLI run printed and returned. */
    record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** The environment a user of this server would have. */
    Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("VIDEOGEN_BASE_URL", server.baseUrl());
        env.put("VIDEOGEN_API_KEY", KEY);
        env.put("VIDEOGEN_POLL_INTERVAL_MS", "100");
        return env;
    }

    Run run(String... args) {
        return run(env(), args);
    }

    static Run run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, env, new PrintWriter(out, true), new PrintWriter(err, true), false);
        return new Run(code, out.toString(), err.toString());
    }

    @Override
    public void close() {
        server.close();
    }
}
