package dev.framewright.server.api;

import dev.framewright.contract.ErrorCode;
import dev.framewright.contract.IdPrefix;
import dev.framewright.core.ApiException;
import dev.framewright.core.files.FileRecord;
import dev.framewright.core.files.FileStore;
import dev.framewright.core.files.UploadState;
import dev.framewright.server.http.RouteTable;
import dev.framewright.server.media.MediaUrls;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;

/**
 * The upload URL endpoint (API.md §3.5): an unauthenticated PUT of the raw bytes, streamed to disk
 * with a size limit and a SHA-256, verified by an HMAC token with expiry and consumed once.
 */
public final class UploadRoutes {
    private final MediaUrls urls;
    private final FileStore files;
    private final StoredUploads uploads;

    public UploadRoutes(MediaUrls urls, FileStore files, StoredUploads uploads) {
        this.urls = urls;
        this.files = files;
        this.uploads = uploads;
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
        FileRecord f = verify(ctx.pathParam("fileId"), ctx.pathParam("expires"), ctx.pathParam("signature"));
        if (ctx.req().getContentLengthLong() > uploads.maxBytes()) {
            throw uploads.tooLarge();
        }
        uploads.store(f.id(), ctx.req().getInputStream());
        ctx.status(200);
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
}
