package dev.framewright.engines.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.framewright.engines.audio.Pcm;
import dev.framewright.engines.audio.WavFile;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Loopback fakes that speak the OpenAI speech and ElevenLabs protocols: they check the key, record
 * every request, and answer real audio (a WAV tone; MP3 from ffmpeg). {@link #failWith} makes the
 * next answers an error status.
 */
public final class FakeAudioServices implements AutoCloseable {
    public static final String OPENAI_KEY = "sk-test-openai";
    public static final String ELEVEN_KEY = "xi-test-key";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One received request. */
    public record Received(String method, String path, Map<String, List<String>> headers, JsonNode body) {
        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst())
                    .findFirst()
                    .orElse(null);
        }
    }

    public final List<Received> requests = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private final byte[] wav;
    private final byte[] mp3;
    private volatile int failStatus;

    public FakeAudioServices(Path dir) throws IOException, InterruptedException {
        this.wav = tone(dir.resolve("tone.wav"), 24000, 0.8);
        this.mp3 = mp3(dir.resolve("tone.wav"), dir.resolve("tone.mp3"));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/audio/speech", this::openAi);
        server.createContext("/v1/voices", this::voices);
        server.createContext("/v1/text-to-speech/", this::eleven);
        server.createContext("/v1/sound-generation", this::eleven);
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public void failWith(int status) {
        this.failStatus = status;
    }

    private void openAi(HttpExchange x) throws IOException {
        record(x);
        if (!("Bearer " + OPENAI_KEY).equals(x.getRequestHeaders().getFirst("Authorization"))) {
            answer(x, 401, "application/json", "{\"error\":{\"message\":\"Incorrect API key provided\"}}");
        } else if (failStatus != 0) {
            answer(x, failStatus, "application/json", "{\"error\":{\"message\":\"The server had an error\"}}");
        } else {
            answer(x, 200, "audio/wav", wav);
        }
    }

    private void voices(HttpExchange x) throws IOException {
        record(x);
        if (!ELEVEN_KEY.equals(x.getRequestHeaders().getFirst("xi-api-key"))) {
            answer(
                    x,
                    401,
                    "application/json",
                    "{\"detail\":{\"status\":\"invalid_api_key\",\"message\":\"Invalid API key\"}}");
            return;
        }
        answer(x, 200, "application/json", """
                {"voices":[
                  {"voice_id":"21m00Tcm4TlvDq8ikWAM","name":"Rachel","labels":{"gender":"female","accent":"american"},
                   "description":"Calm narration"},
                  {"voice_id":"pNInz6obpgDQGcFmaJgB","name":"Adam","labels":{"gender":"male"}}]}""");
    }

    private void eleven(HttpExchange x) throws IOException {
        record(x);
        if (!ELEVEN_KEY.equals(x.getRequestHeaders().getFirst("xi-api-key"))) {
            answer(x, 401, "application/json", "{\"detail\":{\"message\":\"Invalid API key\"}}");
        } else if (failStatus != 0) {
            answer(x, failStatus, "application/json", "{\"detail\":{\"message\":\"Service overloaded\"}}");
        } else {
            answer(x, 200, "audio/mpeg", mp3);
        }
    }

    private void record(HttpExchange x) throws IOException {
        byte[] body = x.getRequestBody().readAllBytes();
        JsonNode json = body.length == 0 ? null : JSON.readTree(body);
        requests.add(new Received(
                x.getRequestMethod(), x.getRequestURI().toString(), Map.copyOf(x.getRequestHeaders()), json));
    }

    private static void answer(HttpExchange x, int status, String type, String body) throws IOException {
        answer(x, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void answer(HttpExchange x, int status, String type, byte[] body) throws IOException {
        x.getResponseHeaders().add("Content-Type", type);
        x.sendResponseHeaders(status, body.length);
        x.getResponseBody().write(body);
        x.close();
    }

    static byte[] tone(Path file, int rate, double seconds) throws IOException {
        float[] s = new float[(int) (rate * seconds)];
        for (int i = 0; i < s.length; i++) {
            s[i] = (float) (0.4 * Math.sin(2 * Math.PI * 220 * i / rate));
        }
        WavFile.write(file, new Pcm(s, rate));
        return Files.readAllBytes(file);
    }

    static byte[] mp3(Path wav, Path mp3) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(
                        "ffmpeg", "-v", "error", "-y", "-i", wav.toString(), "-c:a", "libmp3lame", mp3.toString())
                .redirectErrorStream(true)
                .start();
        p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("ffmpeg could not make the MP3");
        }
        return Files.readAllBytes(mp3);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
