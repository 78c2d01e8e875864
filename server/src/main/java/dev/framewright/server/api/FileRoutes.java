package dev.framewright.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewright.contract.FileList;
import dev.framewright.contract.SearchFilesResponse;
import dev.framewright.contract.SearchResult;
import dev.framewright.contract.UploadFileResponse;
import dev.framewright.core.Page;
import dev.framewright.core.Paging;
import dev.framewright.core.analysis.FileSearch;
import dev.framewright.core.files.FileRecord;
import dev.framewright.core.files.FileService;
import dev.framewright.core.idempotency.Idempotency;
import dev.framewright.server.http.Http;
import dev.framewright.server.http.Json;
import dev.framewright.server.http.RouteTable;
import dev.framewright.server.media.MediaUrls;
import io.javalin.http.Context;

/** Files (API.md §3). */
public final class FileRoutes {
    private final FileService files;
    private final FileSearch search;
    private final Views views;
    private final MediaUrls urls;
    private final long maxJsonBytes;
    private final IdempotentCreate idempotent;

    public FileRoutes(
            FileService files,
            FileSearch search,
            Views views,
            MediaUrls urls,
            long maxJsonBytes,
            Idempotency idempotency) {
        this.files = files;
        this.search = search;
        this.views = views;
        this.urls = urls;
        this.maxJsonBytes = maxJsonBytes;
        this.idempotent = new IdempotentCreate(idempotency);
    }

    public void register(RouteTable t) {
        var key = RouteTable.Access.API_KEY;
        t.get("/v1/files", key, "files-read", this::list);
        t.post("/v1/files/search", key, "files-search", this::search);
        t.post("/v1/files/upload", key, "files-upload", this::upload);
        t.get("/v1/files/{fileId}", key, "files-read", this::get);
        t.post("/v1/files/{fileId}/hydrate", key, "files-hydrate", this::get);
        t.post("/v1/files/{fileId}/archive", key, "files-manage", this::archive);
        t.post("/v1/files/{fileId}/enable-public-preview", key, "files-manage", this::enablePreview);
        t.post("/v1/files/{fileId}/disable-public-preview", key, "files-manage", this::disablePreview);
    }

    private void list(Context ctx) {
        Paging paging = Http.paging(ctx, "files", "");
        Page<FileRecord> page = files.list(Http.principal(ctx), paging);
        Json.write(
                ctx,
                200,
                new FileList(page.items().stream().map(views::file).toList(), page.hasMore(), page.nextCursor()));
    }

    private void get(Context ctx) {
        Json.write(ctx, 200, views.file(files.get(Http.principal(ctx), ctx.pathParam("fileId"))));
    }

    private void upload(Context ctx) {
        ObjectNode body = Json.body(ctx, maxJsonBytes);
        idempotent.run(ctx, body, 200, completion -> {
            FileRecord f = files.createUpload(
                    Http.principal(ctx),
                    body,
                    completion == null ? null : created -> completion.apply(response(created)));
            return response(f);
        });
    }

    private UploadFileResponse response(FileRecord f) {
        return new UploadFileResponse(f.id(), urls.upload(f.id(), f.uploadExpiresAt()));
    }

    private void archive(Context ctx) {
        Json.write(ctx, 200, views.file(files.archive(Http.principal(ctx), ctx.pathParam("fileId"))));
    }

    private void search(Context ctx) {
        ObjectNode body = Json.body(ctx, maxJsonBytes);
        Json.write(
                ctx,
                200,
                new SearchFilesResponse(search.search(Http.principal(ctx), body).stream()
                        .map(h -> new SearchResult(h.similarity(), views.file(h.file())))
                        .toList()));
    }

    private void enablePreview(Context ctx) {
        Json.write(ctx, 200, views.file(files.enablePublicPreview(Http.principal(ctx), ctx.pathParam("fileId"))));
    }

    private void disablePreview(Context ctx) {
        Json.write(ctx, 200, views.file(files.disablePublicPreview(Http.principal(ctx), ctx.pathParam("fileId"))));
    }
}
