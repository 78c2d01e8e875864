package dev.framewright.engines.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.framewright.contract.ErrorCode;
import dev.framewright.core.executions.ToolFailure;
import dev.framewright.engines.audio.WavFile;
import dev.framewright.engines.process.Subprocess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * What every connector does the same way: call the service and turn transport errors and error
 * statuses into user-facing failures, and turn the audio it sent back into a WAV file.
 */
final class RemoteCalls {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_DETAIL = 200;

    private RemoteCalls() {}

    /**
     * @throws ToolFailure {@code engine_unavailable} when the service cannot be reached (retryable),
     *     {@code engine_failed} when it answers an error status or the run was cancelled
     */
    static ConnectorHttp.Response call(
            ConnectorHttp http, ConnectorHttp.Request request, BooleanSupplier cancelled, String service)
            throws ToolFailure, InterruptedException {
        ConnectorHttp.Response r;
        try {
            r = http.send(request, cancelled);
        } catch (ConnectorHttp.DestinationRefused e) {
            throw new ToolFailure(
                    ErrorCode.ENGINE_UNAVAILABLE,
                    service + " is at an address this server may not call: " + e.getMessage());
        } catch (IOException e) {
            throw new ToolFailure(ErrorCode.ENGINE_UNAVAILABLE, service + " could not be reached", true, e);
        } catch (InterruptedException e) {
            if (cancelled.getAsBoolean()) {
                throw ToolFailure.engineFailed(service + " request was stopped: the run was cancelled");
            }
            throw e;
        }
        if (!r.ok()) {
            throw failure(service, r);
        }
        return r;
    }

    static ToolFailure failure(String service, ConnectorHttp.Response r) {
        String why =
                switch (r.status()) {
                    case 401, 403 -> "refused the configured key";
                    case 429 -> "is rate limiting or out of quota";
                    default -> r.status() >= 500 ? "failed" : "rejected the request";
                };
        String detail = detail(r.body());
        String message = service + " " + why + " (HTTP " + r.status() + ")" + (detail.isEmpty() ? "" : ": " + detail);
        return new ToolFailure(ErrorCode.ENGINE_FAILED, message, r.status() >= 500 || r.status() == 429, null);
    }

    /** The service's own error message: OpenAI {@code error.message}, ElevenLabs {@code detail.message}. */
    static String detail(byte[] body) {
        try {
            JsonNode j = JSON.readTree(body);
            String m = j.path("error").path("message").asText(null);
            m = m != null ? m : j.path("detail").path("message").asText(null);
            m = m != null ? m : j.path("detail").isTextual() ? j.path("detail").asText() : null;
            if (m == null) {
                return "";
            }
            String clean = m.replaceAll("\\s+", " ").strip();
            return clean.length() <= MAX_DETAIL ? clean : clean.substring(0, MAX_DETAIL) + "…";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** Writes {@code audio} as a WAV file: kept when it is one, else decoded by ffmpeg. */
    static void toWav(byte[] audio, Path wav, Duration timeout, BooleanSupplier cancelled, String service)
            throws ToolFailure, InterruptedException {
        try {
            if (isWav(audio)) {
                Files.write(wav, audio);
                WavFile.read(wav);
                return;
            }
            Path source = wav.resolveSibling(wav.getFileName() + ".remote");
            Files.write(source, audio);
            Subprocess.of(
                            "ffmpeg",
                            "-nostdin",
                            "-hide_banner",
                            "-loglevel",
                            "error",
                            "-y",
                            "-i",
                            "file:" + source.toAbsolutePath(),
                            "-ac",
                            "1",
                            "-c:a",
                            "pcm_s16le",
                            "file:" + wav.toAbsolutePath())
                    .timeout(timeout)
                    .cancelledWhen(cancelled)
                    .run();
        } catch (IOException e) {
            throw ToolFailure.engineFailed(service + " sent audio that could not be read");
        } catch (ToolFailure f) {
            if (f.code() == ErrorCode.ENGINE_FAILED && !cancelled.getAsBoolean()) {
                throw ToolFailure.engineFailed(service + " sent audio that could not be decoded");
            }
            throw f;
        }
    }

    static boolean isWav(byte[] b) {
        return b.length > 12
                && new String(b, 0, 4, StandardCharsets.ISO_8859_1).equals("RIFF")
                && new String(b, 8, 4, StandardCharsets.ISO_8859_1).equals("WAVE");
    }

    static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode parse(byte[] body) throws IOException {
        return JSON.readTree(body);
    }
}
