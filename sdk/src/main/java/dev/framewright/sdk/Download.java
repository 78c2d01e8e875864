package dev.framewright.sdk;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An open download of a file's bytes from a signed media URL (API.md §10.3). The body is streamed,
 * not buffered; the caller must {@link #close()} it (try-with-resources), or use {@link
 * #saveTo(Path)}, which closes it. Not thread-safe.
 */
public final class Download implements Closeable {
    private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"");

    private final HttpResponse<InputStream> response;

    Download(HttpResponse<InputStream> response) {
        this.response = response;
    }

    /** The bytes; read once. */
    public InputStream body() {
        return response.body();
    }

    /** The {@code Content-Type}, e.g. {@code image/png}; {@code application/octet-stream} when absent. */
    public String contentType() {
        return response.headers().firstValue("Content-Type").orElse("application/octet-stream");
    }

    /** The size in bytes, when the server sent {@code Content-Length}. */
    public OptionalLong contentLength() {
        return response.headers().firstValueAsLong("Content-Length");
    }

    /**
     * The file name from {@code Content-Disposition} ({@code <displayName>.<ext>}), reduced to a safe
     * single path segment.
     */
    public Optional<String> fileName() {
        return response.headers().firstValue("Content-Disposition").flatMap(Download::fileNameOf);
    }

    static Optional<String> fileNameOf(String contentDisposition) {
        Matcher m = FILENAME.matcher(contentDisposition);
        if (!m.find()) {
            return Optional.empty();
        }
        String name = m.group(1).replaceAll("[/\\\\\\p{Cntrl}]", "_").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return Optional.empty();
        }
        return Optional.of(name);
    }

    /**
     * Writes the bytes to {@code target} and closes this download. The file appears complete or not
     * at all (written beside it, then moved). When {@code target} is an existing directory, the file
     * is named after {@link #fileName()} (else {@code fallbackName}).
     *
     * @return the path written
     * @throws IOException when the transfer breaks or the file cannot be written
     */
    public Path saveTo(Path target, String fallbackName) throws IOException {
        try (InputStream in = body()) {
            Path out = Files.isDirectory(target) ? target.resolve(fileName().orElse(fallbackName)) : target;
            Path dir = out.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "." + out.getFileName(), ".part");
            try {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                try {
                    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
            return out;
        }
    }

    /** {@link #saveTo(Path, String)} with {@code download} plus an extension from the content type. */
    public Path saveTo(Path target) throws IOException {
        return saveTo(target, "download" + extension(contentType()));
    }

    static String extension(String contentType) {
        String t = contentType.toLowerCase(Locale.ROOT);
        int semi = t.indexOf(';');
        if (semi >= 0) {
            t = t.substring(0, semi).strip();
        }
        switch (t) {
            case "image/png":
                return ".png";
            case "image/jpeg":
                return ".jpg";
            case "image/webp":
                return ".webp";
            case "image/gif":
                return ".gif";
            case "image/svg+xml":
                return ".svg";
            case "video/mp4":
                return ".mp4";
            case "video/webm":
                return ".webm";
            case "audio/mpeg":
                return ".mp3";
            case "audio/wav":
            case "audio/x-wav":
                return ".wav";
            case "audio/ogg":
                return ".ogg";
            default:
                return "";
        }
    }

    /** Releases the connection. Idempotent. */
    @Override
    public void close() throws IOException {
        response.body().close();
    }
}
