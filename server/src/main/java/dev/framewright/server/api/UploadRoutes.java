package dev.framewright.server.api;

import dev.framewright.contract.ErrorCode;
import dev.framewright.contract.IdPrefix;
import dev.framewright.core.ApiException;
import dev.framewright.core.Hashing;
import dev.framewright.core.files.BlobStore;
import dev.framewright.core.files.FileRecord;
import dev.framewright.core.files.FileStore;
import dev.framewright.core.files.Renditions;
import dev.framewright.core.files.UploadState;
import dev.framewright.server.http.RouteTable;
import dev.framewright.server.media.MediaUrls;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
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
 * The upload URL endpoint (API.md §3.5): an unauthenticated PUT of the raw bytes, streamed to disk
 * with a size limit and a SHA-256, verified by an HMAC token with expiry and consumed once.
 */
public final class UploadRoutes {
    private final MediaUrls urls;
    private final FileStore files;
    private final BlobStore blobs;
    private final Path tmpDir;
    private final long maxBytes;
    private final Clock clock;
    private final Consumer<String> processing;

    /** @param processing receives the id of a file whose bytes were stored, to process it */
    public UploadRoutes(
            MediaUrls urls,
            FileStore files,
            BlobStore blobs,
            Path tmpDir,
            long maxBytes,
            Clock clock,
            Consumer<String> processing) {
        this.urls = urls;
        this.files = files;
        this.blobs = blobs;
        this.tmpDir = tmpDir;
        this.maxBytes = maxBytes;
        this.clock = clock;
        this.processing = processing;
    }

    public void register(RouteTable t) {
        String path = "/upload/{fileId}/{expires}/{signature}";
        t.put(path, RouteTable.Access.PUBLIC, null, this::put);
        t.add(HandlerType.OPTIONS, path, RouteTable.Access.PUBLIC, null, UploadRoutes::preflight);
    }

    private static void preflight(Context ctx) {
        ctx.header("Access-Control-Allow-Origin", "*");
        ctx.header("Access-Control-Allow-Methods", "PUT, OPTIONS");
        ctx.header("Access-Control-Allow-Headers", "*");
        ctx.header("Access-Control-Max-Age", "600");
        ctx.status(204);
    }

    private void put(Context ctx) throws IOException {
        ctx.header("Access-Control-Allow-Origin", "*");
        String fileId = ctx.pathParam("fileId");
        FileRecord f = verify(fileId, ctx.pathParam("expires"), ctx.pathParam("signature"));
        if (ctx.req().getContentLengthLong() > maxBytes) {
            throw tooLarge();
        }
        Files.createDirectories(tmpDir);
        Path tmp = Files.createTempFile(tmpDir, "upload-", ".part");
        try {
            MessageDigest sha = Hashing.newSha256();
            long total = copyBounded(ctx.req().getInputStream(), tmp, sha);
            String key = Renditions.key(f.id(), "original");
            if (!files.consumeUpload(f.id(), HexFormat.of().formatHex(sha.digest()), total, key, clock.instant())) {
                throw new ApiException(ErrorCode.URL_EXPIRED, "This upload URL was already used");
            }
            blobs.move(key, tmp);
            processing.accept(f.id());
            ctx.status(200);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private FileRecord verify(String fileId, String expires, String signature) {
        long exp;
        try {
            exp = Long.parseLong(expires);
        } catch (NumberFormatException e) {
            throw new ApiException(ErrorCode.INVALID_SIGNATURE, "The upload URL signature is not valid");
        }
        if (!IdPrefix.FILE.matches(fileId) || !urls.verify("PUT", "/upload/" + fileId, exp, signature)) {
            throw new ApiException(ErrorCode.INVALID_SIGNATURE, "The upload URL signature is not valid");
        }
        if (urls.expired(exp)) {
            throw new ApiException(ErrorCode.URL_EXPIRED, "The upload URL has expired");
        }
        FileRecord f = files.findById(fileId).orElseThrow(() -> ApiException.notFound("File"));
        if (f.uploadState() != UploadState.AWAITING_BYTES) {
            throw new ApiException(ErrorCode.URL_EXPIRED, "This upload URL was already used");
        }
        return f;
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

    private ApiException tooLarge() {
        return new ApiException(
                ErrorCode.PAYLOAD_TOO_LARGE, "The upload exceeds the maximum of " + maxBytes + " bytes");
    }
}
