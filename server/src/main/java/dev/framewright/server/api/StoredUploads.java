package dev.framewright.server.api;

import dev.framewright.contract.ErrorCode;
import dev.framewright.core.ApiException;
import dev.framewright.core.Hashing;
import dev.framewright.core.files.BlobStore;
import dev.framewright.core.files.FileStore;
import dev.framewright.core.files.Renditions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.function.Consumer;

/**
 * Stores the bytes of a file that awaits them (API.md §3.5, §10.2): streamed to a temporary file with
 * a size limit and a SHA-256, the upload consumed once, the bytes moved into the blob store, then
 * processing started. Used by the upload URL and by the MCP tool {@code upload-file}. Thread-safe.
 */
public final class StoredUploads {
    private final FileStore files;
    private final BlobStore blobs;
    private final Path tmpDir;
    private final long maxBytes;
    private final Clock clock;
    private final Consumer<String> processing;

    /** @param processing receives the id of a file whose bytes were stored, to process it */
    public StoredUploads(
            FileStore files, BlobStore blobs, Path tmpDir, long maxBytes, Clock clock, Consumer<String> processing) {
        this.files = files;
        this.blobs = blobs;
        this.tmpDir = tmpDir;
        this.maxBytes = maxBytes;
        this.clock = clock;
        this.processing = processing;
    }

    /**
     * Reads {@code in} to its end (the caller closes it) and stores it as the bytes of {@code fileId}.
     *
     * @throws ApiException {@code payload_too_large} over the limit, {@code url_expired} when the file
     *     already has its bytes
     */
    public void store(String fileId, InputStream in) throws IOException {
        Files.createDirectories(tmpDir);
        Path tmp = Files.createTempFile(tmpDir, "upload-", ".part");
        try {
            MessageDigest sha = Hashing.newSha256();
            long total = copyBounded(in, tmp, sha);
            String key = Renditions.key(fileId, "original");
            if (!files.consumeUpload(fileId, HexFormat.of().formatHex(sha.digest()), total, key, clock.instant())) {
                throw new ApiException(ErrorCode.URL_EXPIRED, "This upload URL was already used");
            }
            blobs.move(key, tmp);
            processing.accept(fileId);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    long maxBytes() {
        return maxBytes;
    }

    private long copyBounded(InputStream in, Path target, MessageDigest sha) throws IOException {
        long total = 0;
        byte[] buf = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                total += n;
                if (total > maxBytes) {
                    throw tooLarge();
                }
                sha.update(buf, 0, n);
                out.write(buf, 0, n);
            }
        }
        return total;
    }

    ApiException tooLarge() {
        return new ApiException(
                ErrorCode.PAYLOAD_TOO_LARGE, "The upload exceeds the maximum of " + maxBytes + " bytes");
    }
}
