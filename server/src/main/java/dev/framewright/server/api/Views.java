package dev.framewright.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.framewright.contract.ApiError;
import dev.framewright.contract.ExecutedTool;
import dev.framewright.contract.ExecutionStatus;
import dev.framewright.contract.FileSource;
import dev.framewright.contract.FileSourceStatus;
import dev.framewright.contract.FileType;
import dev.framewright.contract.StorageFile;
import dev.framewright.contract.ToolSuccessResult;
import dev.framewright.core.executions.ExecutionRecord;
import dev.framewright.core.files.FileRecord;
import dev.framewright.core.files.FileStore;
import dev.framewright.core.files.Rendition;
import dev.framewright.core.files.RenditionKind;
import dev.framewright.server.http.Json;
import dev.framewright.server.media.MediaUrls;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Maps stored records to the wire shapes once, at the edge (API.md §7). Every ready source gets a
 * freshly signed URL on every rendering (§10.3).
 */
public final class Views {
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

    private final MediaUrls urls;
    private final FileStore files;

    public Views(MediaUrls urls, FileStore files) {
        this.urls = urls;
        this.files = files;
    }

    public StorageFile file(FileRecord f) {
        return new StorageFile(
                f.id(),
                f.scope(),
                f.type(),
                f.displayName(),
                f.description(),
                f.durationSeconds(),
                f.transcript(),
                source(f, RenditionKind.THUMBNAIL),
                source(f, RenditionKind.PREVIEW),
                source(f, RenditionKind.DOWNLOAD),
                source(f, RenditionKind.HLS),
                f.publicPlaybackId() != null,
                publicHlsUrl(f),
                f.publicPlaybackId(),
                staticPublicPreview(f),
                f.sourceToolType(),
                f.sourceToolExecutionId());
    }

    /** VIDEO and AUDIO with the public preview enabled (API.md §7.2). */
    private String publicHlsUrl(FileRecord f) {
        boolean playable = f.type() == FileType.VIDEO || f.type() == FileType.AUDIO;
        return f.publicPlaybackId() != null && playable
                ? urls.publicMedia(f.publicPlaybackId(), RenditionKind.HLS)
                : null;
    }

    /** [ext] The public, non-expiring URL of the preview rendition while the preview is enabled. */
    private FileSource staticPublicPreview(FileRecord f) {
        if (f.publicPlaybackId() == null) {
            return null;
        }
        Rendition r = f.rendition(RenditionKind.PREVIEW);
        return new FileSource(
                FileSourceStatus.READY,
                urls.publicMedia(f.publicPlaybackId(), RenditionKind.PREVIEW),
                null,
                r.width(),
                r.height(),
                r.bytes());
    }

    private FileSource source(FileRecord f, RenditionKind kind) {
        Rendition r = f.rendition(kind);
        if (r.status() != FileSourceStatus.READY) {
            return new FileSource(r.status(), null, null, r.width(), r.height(), r.bytes());
        }
        MediaUrls.SignedUrl u = urls.media(f, kind);
        return new FileSource(FileSourceStatus.READY, u.url(), u.expiresAt(), r.width(), r.height(), r.bytes());
    }

    /**
     * @param hydrate whether results carry their full {@code StorageFile} (GET) or {@code null} (lists)
     */
    public ExecutedTool execution(ExecutionRecord e, boolean hydrate) {
        List<ToolSuccessResult> results = null;
        if (e.status() == ExecutionStatus.SUCCEEDED) {
            results = new ArrayList<>();
            for (String id : e.resultFileIds()) {
                FileRecord f =
                        files.findById(id).orElseThrow(() -> new IllegalStateException("result file missing: " + id));
                results.add(new ToolSuccessResult(f.id(), f.type(), hydrate ? file(f) : null));
            }
        }
        ApiError error =
                e.status() == ExecutionStatus.FAILED ? new ApiError(e.errorMessage(), e.errorCode(), null, null) : null;
        return new ExecutedTool(
                e.id(),
                e.status(),
                e.toolType(),
                results,
                error,
                e.progress(),
                seconds(e.createdAt()),
                seconds(e.startedAt()),
                seconds(e.completedAt()),
                inputs(e.inputJson()));
    }

    /** The execution as it was at a stored non-terminal event (status and progress of that moment). */
    public ExecutedTool executionAt(ExecutionRecord e, dev.framewright.core.executions.ExecutionEvent event) {
        boolean started = event.status() != ExecutionStatus.PENDING;
        return new ExecutedTool(
                e.id(),
                event.status(),
                e.toolType(),
                null,
                null,
                event.progress(),
                seconds(e.createdAt()),
                started ? seconds(e.startedAt()) : null,
                null,
                inputs(e.inputJson()));
    }

    private static Map<String, Object> inputs(String json) {
        try {
            return Json.MAPPER.readValue(json, OBJECT);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored inputs are not JSON", e);
        }
    }

    static Long seconds(Instant t) {
        return t == null ? null : t.getEpochSecond();
    }
}
