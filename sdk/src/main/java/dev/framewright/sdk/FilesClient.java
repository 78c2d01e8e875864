package dev.framewright.sdk;

import dev.framewright.contract.FileList;
import dev.framewright.contract.FileSource;
import dev.framewright.contract.FileSourceStatus;
import dev.framewright.contract.SearchFilesRequest;
import dev.framewright.contract.SearchFilesResponse;
import dev.framewright.contract.StorageFile;
import dev.framewright.contract.UploadFileRequest;
import dev.framewright.contract.UploadFileResponse;
import dev.framewright.sdk.internal.Call;
import dev.framewright.sdk.internal.Transport;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Files (API.md §3): list, read, hydrate, archive, public previews, search, and the upload and
 * download helpers. Get it from {@link VideoGenClient#files()}; thread-safe.
 */
public final class FilesClient {
    /** How long {@link #uploadFile(Path)} and friends wait for the server to process an upload. */
    public static final Duration DEFAULT_UPLOAD_TIMEOUT = Duration.ofMinutes(10);
    /** A URL that expires within this margin counts as expired (clock skew, slow starts). */
    static final Duration EXPIRY_MARGIN = Duration.ofSeconds(30);

    private final Transport transport;

    FilesClient(Transport transport) {
        this.transport = transport;
    }

    /** {@code GET /v1/files}: the team's non-archived files, most recently updated first (up to 1000). */
    public FileList list() throws IOException {
        return list(ListParams.ALL);
    }

    /** {@code GET /v1/files} with paging [ext]. */
    public FileList list(ListParams params) throws IOException {
        return transport.call(
                Call.get("/v1/files").query("limit", params.limit()).query("cursor", params.cursor()), FileList.class);
    }

    /**
     * {@code GET /v1/files/{id}}: the file, archived ones included, with fresh signed URLs.
     *
     * @throws NotFoundException when it does not exist or belongs to another team
     * @throws InvalidRequestException when the id is malformed
     */
    public StorageFile get(String fileId) throws IOException {
        return transport.call(Call.get(filePath(fileId)), StorageFile.class);
    }

    /**
     * {@code POST /v1/files/{id}/hydrate}: the file with a fresh {@code url} and {@code expiresAt} on
     * every ready source (API.md §3.6).
     */
    public StorageFile hydrate(String fileId) throws IOException {
        return transport.call(Call.postEmpty(filePath(fileId) + "/hydrate", true), StorageFile.class);
    }

    /**
     * The file with usable URLs: read once, and hydrated only when a ready source lacks a URL or its
     * URL is about to expire.
     */
    public StorageFile getHydratedFile(String fileId) throws IOException {
        StorageFile f = get(fileId);
        boolean stale = Stream.of(f.downloadSource(), f.previewSource(), f.thumbnailSource(), f.hlsSource())
                .anyMatch(this::needsFreshUrl);
        return stale ? hydrate(fileId) : f;
    }

    /** {@code POST /v1/files/{id}/archive}: hides the file from list and search, and refuses it as a tool input; idempotent. */
    public StorageFile archive(String fileId) throws IOException {
        return transport.call(Call.postEmpty(filePath(fileId) + "/archive", true), StorageFile.class);
    }

    /**
     * {@code POST /v1/files/{id}/enable-public-preview}: public, non-expiring URLs for a ready file
     * (API.md §3.8, §10.4).
     */
    public StorageFile enablePublicPreview(String fileId) throws IOException {
        return transport.call(Call.postEmpty(filePath(fileId) + "/enable-public-preview", true), StorageFile.class);
    }

    /** {@code POST /v1/files/{id}/disable-public-preview}: revokes the public URLs at once; idempotent. */
    public StorageFile disablePublicPreview(String fileId) throws IOException {
        return transport.call(Call.postEmpty(filePath(fileId) + "/disable-public-preview", true), StorageFile.class);
    }

    /**
     * {@code POST /v1/files/search}: the team's analyzed GLOBAL files ranked by similarity to the query.
     *
     * @throws EngineUnavailableException when the server has no search embedding engine
     */
    public SearchFilesResponse search(SearchFilesRequest request) throws IOException {
        Call call =
                new Call("POST", "/v1/files/search", Map.of(), Objects.requireNonNull(request, "request"), null, true);
        return transport.call(call, SearchFilesResponse.class);
    }

    /**
     * {@code POST /v1/files/upload}: creates a file waiting for its bytes and returns the signed URL to
     * PUT them to within 15 minutes. Sent with an automatic Idempotency-Key. Most callers want {@link
     * #uploadFile(Path)}, which does the whole upload.
     */
    public UploadFileResponse upload(UploadFileRequest request) throws IOException {
        Call call = Call.post("/v1/files/upload", Objects.requireNonNull(request, "request"))
                .withIdempotencyKey(ToolsClient.newIdempotencyKey());
        return transport.call(call, UploadFileResponse.class);
    }

    /** Uploads a local file under its own name; see {@link #uploadFile(Path, UploadFileRequest)}. */
    public StorageFile uploadFile(Path file) throws IOException {
        return uploadFile(file, file.getFileName().toString());
    }

    /** Uploads a local file under {@code displayName}; see {@link #uploadFile(Path, UploadFileRequest)}. */
    public StorageFile uploadFile(Path file, String displayName) throws IOException {
        return uploadFile(file, new UploadFileRequest(displayName, null, null));
    }

    /**
     * Uploads a local file: creates the file, PUTs the bytes to the upload URL (retried on failure:
     * an interrupted transfer does not use up the URL), then hydrates every 2 s until its download or
     * preview is ready (API.md §10.2).
     *
     * @param request display name, and optionally the declared type and {@code isTemporary}
     * @return the ready file
     * @throws UploadFailedException when the server could not use the content
     * @throws WaitTimeoutException when processing took over 10 minutes
     * @throws IOException when the file cannot be read, or on a transport failure
     */
    public StorageFile uploadFile(Path file, UploadFileRequest request) throws IOException {
        return waitUntilReady(uploadBytes(file, request).fileId(), DEFAULT_UPLOAD_TIMEOUT);
    }

    /**
     * The first two steps of {@link #uploadFile(Path, UploadFileRequest)}: creates the file and PUTs
     * the bytes, without waiting for the server to process them. The file's sources are {@code
     * pending} for a moment after this returns; {@link #waitUntilReady(String, Duration)} waits.
     *
     * @return the new file's id (and its upload URL, now used up)
     * @throws IOException when the file cannot be read, or on a transport failure
     */
    public UploadFileResponse uploadBytes(Path file, UploadFileRequest request) throws IOException {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new FileNotFoundException("not a readable file: " + file);
        }
        long size = Files.size(file);
        UploadFileResponse created = upload(request);
        try {
            transport.put(
                    URI.create(created.uploadUrl()),
                    () -> {
                        try {
                            return HttpRequest.BodyPublishers.ofFile(file);
                        } catch (FileNotFoundException e) {
                            throw new UncheckedIOException(e);
                        }
                    },
                    true,
                    transferTimeout(size));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return created;
    }

    /** Uploads a stream under {@code displayName}; see {@link #uploadFile(InputStream, UploadFileRequest)}. */
    public StorageFile uploadFile(InputStream content, String displayName) throws IOException {
        return uploadFile(content, new UploadFileRequest(displayName, null, null));
    }

    /**
     * Uploads the bytes of a stream, read to its end (chunked) and not closed. Unlike a {@code Path},
     * a stream cannot be sent twice, so a failed PUT is not retried.
     *
     * @return the ready file
     * @throws UploadFailedException when the server could not use the content
     * @throws WaitTimeoutException when processing took over 10 minutes
     */
    public StorageFile uploadFile(InputStream content, UploadFileRequest request) throws IOException {
        Objects.requireNonNull(content, "content");
        UploadFileResponse created = upload(request);
        transport.put(
                URI.create(created.uploadUrl()),
                () -> HttpRequest.BodyPublishers.ofInputStream(() -> content),
                false,
                null);
        return waitUntilReady(created.fileId(), DEFAULT_UPLOAD_TIMEOUT);
    }

    /**
     * Hydrates the file every 2 s (the client's upload poll interval) until its {@code downloadSource}
     * or {@code previewSource} is ready, as the official upload helper does.
     *
     * @throws UploadFailedException when the download source failed
     * @throws WaitTimeoutException when {@code timeout} passed first
     */
    public StorageFile waitUntilReady(String fileId, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Duration interval = transport.settings().uploadPollInterval();
        while (true) {
            StorageFile f = hydrate(fileId);
            if (isReady(f.downloadSource()) || isReady(f.previewSource())) {
                return f;
            }
            if (f.downloadSource() != null && f.downloadSource().status() == FileSourceStatus.FAILED) {
                throw new UploadFailedException(f);
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new WaitTimeoutException("upload of " + fileId, timeout, f);
            }
            try {
                Thread.sleep(Math.max(1, Math.min(interval.toMillis(), left / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for upload " + fileId);
            }
        }
    }

    /**
     * Opens the file's download ({@code downloadSource}), hydrating first when its URL is missing or
     * expired, and once more if the server still answers that the URL expired. Close the result.
     *
     * @throws IllegalStateException when the file's download is not ready
     */
    public Download download(String fileId) throws IOException {
        return download(getHydratedFile(fileId));
    }

    /** Like {@link #download(String)}, starting from a file already read. */
    public Download download(StorageFile file) throws IOException {
        StorageFile f = file;
        if (needsFreshUrl(f.downloadSource())) {
            f = hydrate(f.fileId());
        }
        FileSource source = requireReady(f);
        try {
            return new Download(transport.fetch(URI.create(source.url())));
        } catch (PermissionDeniedException e) {
            if (!"url_expired".equals(e.code()) && !"invalid_signature".equals(e.code())) {
                throw e;
            }
            FileSource fresh = requireReady(hydrate(f.fileId()));
            return new Download(transport.fetch(URI.create(fresh.url())));
        }
    }

    /**
     * Opens a source's URL as it is (any rendition: download, preview, thumbnail). A source carries no
     * file id, so an expired URL cannot be refreshed here: pass the file instead.
     *
     * @throws IllegalStateException when the source is not ready, has no URL, or its URL expired
     */
    public Download download(FileSource source) throws IOException {
        if (source == null || source.status() != FileSourceStatus.READY || source.url() == null) {
            throw new IllegalStateException("the source is not ready or has no URL");
        }
        if (isExpired(source)) {
            throw new IllegalStateException("the source's URL expired; download by file id to refresh it");
        }
        return new Download(transport.fetch(URI.create(source.url())));
    }

    /**
     * Streams the file's download to {@code target} (a file, or an existing directory to save into
     * under the server's file name), hydrating when needed.
     *
     * @return the path written
     */
    public Path downloadFile(String fileId, Path target) throws IOException {
        try (Download d = download(fileId)) {
            return d.saveTo(target, fileId + Download.extension(d.contentType()));
        }
    }

    /** Like {@link #downloadFile(String, Path)}, starting from a file already read. */
    public Path downloadFile(StorageFile file, Path target) throws IOException {
        try (Download d = download(file)) {
            return d.saveTo(target, file.fileId() + Download.extension(d.contentType()));
        }
    }

    /** Streams a source's URL to {@code target}; see {@link #download(FileSource)}. */
    public Path downloadFile(FileSource source, Path target) throws IOException {
        try (Download d = download(source)) {
            return d.saveTo(target);
        }
    }

    private FileSource requireReady(StorageFile f) {
        FileSource s = f.downloadSource();
        if (s == null || s.status() != FileSourceStatus.READY || s.url() == null) {
            throw new IllegalStateException("the download of " + f.fileId() + " is not ready (status "
                    + (s == null || s.status() == null ? "unknown" : s.status().wire()) + ")");
        }
        return s;
    }

    private boolean needsFreshUrl(FileSource s) {
        return s != null && s.status() == FileSourceStatus.READY && (s.url() == null || isExpired(s));
    }

    private boolean isExpired(FileSource s) {
        return s.expiresAt() != null
                && s.expiresAt() * 1000 <= transport.settings().clock().millis() + EXPIRY_MARGIN.toMillis();
    }

    private static boolean isReady(FileSource s) {
        return s != null && s.status() == FileSourceStatus.READY;
    }

    /** The request timeout plus one second per MB: a PUT's response only comes after the whole body. */
    private Duration transferTimeout(long bytes) {
        return transport.settings().timeout().plusSeconds(bytes / 1_000_000);
    }

    private static String filePath(String fileId) {
        return "/v1/files/" + Call.encode(Objects.requireNonNull(fileId, "fileId"));
    }
}
