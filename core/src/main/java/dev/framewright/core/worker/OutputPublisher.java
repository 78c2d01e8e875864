package dev.framewright.core.worker;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewright.contract.FileScope;
import dev.framewright.contract.FileType;
import dev.framewright.contract.IdPrefix;
import dev.framewright.core.Ids;
import dev.framewright.core.executions.ExecutionRecord;
import dev.framewright.core.executions.ToolFailure;
import dev.framewright.core.executions.ToolOutput;
import dev.framewright.core.files.BlobStore;
import dev.framewright.core.files.FileRecord;
import dev.framewright.core.files.FileStore;
import dev.framewright.core.files.MediaInfo;
import dev.framewright.core.files.Rendition;
import dev.framewright.core.files.RenditionKind;
import dev.framewright.core.files.Renditions;
import dev.framewright.core.files.UploadState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a run's outputs into stored files: the bytes go to the blob store, the renditions are built,
 * and the file records are returned for the store to insert atomically with the success. Outputs
 * never become visible before the execution succeeds (API.md §10.1). A tool's sidecars (e.g. phone
 * timings) are stored beside the bytes under the same {@code files/<fileId>/} prefix, so discarding
 * an output removes them too.
 */
final class OutputPublisher {
    private static final int MAX_NAME = 255;

    private final BlobStore blobs;
    private final FileStore files;
    private final Renditions renditions;
    private final Clock clock;

    OutputPublisher(BlobStore blobs, FileStore files, Renditions renditions, Clock clock) {
        this.blobs = blobs;
        this.files = files;
        this.renditions = renditions;
        this.clock = clock;
    }

    /** Stores one output and its renditions; the returned record is not yet inserted. */
    FileRecord publish(ExecutionRecord e, JsonNode input, ToolOutput out, Path workDir)
            throws ToolFailure, InterruptedException {
        String fileId = Ids.newId(IdPrefix.FILE);
        Instant now = clock.instant();
        try {
            long bytes = Files.size(out.file());
            String sha = Renditions.sha256(out.file());
            MediaInfo info = renditions.inspect(out.file(), out.type(), out.contentType(), out.extension());
            Map<RenditionKind, Rendition> built = new EnumMap<>(RenditionKind.class);
            String downloadKey = Renditions.key(fileId, "download." + out.extension());
            built.put(
                    RenditionKind.DOWNLOAD,
                    Rendition.ready(downloadKey, out.contentType(), info.width(), info.height(), bytes));
            for (RenditionKind kind : List.of(RenditionKind.THUMBNAIL, RenditionKind.PREVIEW, RenditionKind.HLS)) {
                Rendition r = renditions.build(kind, fileId, out.file(), info, workDir.resolve(kind.urlName()));
                if (r.status() == dev.framewright.contract.FileSourceStatus.FAILED) {
                    throw ToolFailure.engineFailed("The " + kind.urlName() + " of the result could not be built");
                }
                built.put(kind, r);
            }
            for (ToolOutput.Sidecar sidecar : out.sidecars()) {
                blobs.put(Renditions.key(fileId, sidecar.name()), sidecar.file());
            }
            // last: the renditions above read the output, which a move takes out of the scratch folder
            if (out.file().toAbsolutePath().startsWith(workDir.toAbsolutePath())) {
                blobs.move(downloadKey, out.file());
            } else {
                blobs.put(downloadKey, out.file()); // not the run's own file: never take it away
            }
            return new FileRecord(
                    fileId,
                    e.teamId(),
                    e.keyId(),
                    e.outputTemporary() ? FileScope.TEMPORARY : FileScope.GLOBAL,
                    out.type(),
                    displayName(e, input, out),
                    out.contentType(),
                    sha,
                    bytes,
                    info.width(),
                    info.height(),
                    info.durationSeconds(),
                    built,
                    UploadState.READY,
                    null,
                    null,
                    out.description(),
                    null,
                    null,
                    null,
                    e.toolType(),
                    e.id(),
                    now,
                    now);
        } catch (IOException ex) {
            discard(List.of(fileId));
            throw new ToolFailure(
                    dev.framewright.contract.ErrorCode.INTERNAL_ERROR, "The result could not be stored", true, ex);
        } catch (ToolFailure | InterruptedException | RuntimeException ex) {
            discard(List.of(fileId));
            throw ex;
        }
    }

    /** Deletes the blobs of outputs that will never be exposed. */
    void discard(List<String> fileIds) {
        for (String id : fileIds) {
            try {
                blobs.delete(Renditions.key(id, "").replaceAll("/$", ""));
            } catch (IOException ignored) {
                // best effort: orphan blobs are unreachable without a file row
            }
        }
    }

    private String displayName(ExecutionRecord e, JsonNode input, ToolOutput out) {
        String name = null;
        if (out.displayNameSuffix() != null) {
            for (String field : List.of("imageStorageFileId", "videoStorageFileId")) {
                JsonNode id = input.get(field);
                if (id != null && id.isTextual()) {
                    name = files.find(e.teamId(), id.textValue())
                            .map(f -> f.displayName() + out.displayNameSuffix())
                            .orElse(null);
                }
            }
        }
        if (name == null) {
            for (String field : List.of("prompt", "ttsText")) {
                JsonNode v = input.get(field);
                if (v != null && v.isTextual() && !v.textValue().isBlank()) {
                    name = v.textValue().strip();
                    break;
                }
            }
        }
        if (name == null) {
            name = e.toolType().path() + (out.type() == FileType.VIDEO ? " clip" : " result");
        }
        return truncate(name);
    }

    private static String truncate(String s) {
        if (s.codePointCount(0, s.length()) <= MAX_NAME) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, MAX_NAME));
    }
}
