package dev.framewright.core.files;

import dev.framewright.contract.FileScope;
import dev.framewright.contract.FileType;
import dev.framewright.contract.ToolType;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * A stored file: metadata in SQL, bytes in the {@link BlobStore}. Immutable; use the {@code with…}
 * methods to derive an updated copy and {@link FileStore#update} to persist it.
 *
 * @param type null until detected
 * @param renditions every {@link RenditionKind}, always present
 * @param uploadExpiresAt when the upload URL expires (API uploads in {@link UploadState#AWAITING_BYTES})
 * @param errorMessage why the upload failed, when {@link UploadState#FAILED}
 */
public record FileRecord(
        String id,
        String teamId,
        String createdByKeyId,
        FileScope scope,
        FileType type,
        String displayName,
        String contentType,
        String sha256,
        Long bytes,
        Integer width,
        Integer height,
        Double durationSeconds,
        Map<RenditionKind, Rendition> renditions,
        UploadState uploadState,
        Instant uploadExpiresAt,
        String errorMessage,
        String description,
        String transcript,
        Instant archivedAt,
        String publicPlaybackId,
        ToolType sourceToolType,
        String sourceToolExecutionId,
        Instant createdAt,
        Instant updatedAt) {

    public FileRecord {
        EnumMap<RenditionKind, Rendition> copy = new EnumMap<>(RenditionKind.class);
        for (RenditionKind k : RenditionKind.values()) {
            copy.put(k, renditions == null ? Rendition.PENDING : renditions.getOrDefault(k, Rendition.PENDING));
        }
        renditions = Map.copyOf(copy);
    }

    public Rendition rendition(RenditionKind kind) {
        return renditions.get(kind);
    }

    public boolean archived() {
        return archivedAt != null;
    }

    public FileRecord withAllRenditions(Rendition r, Instant now) {
        EnumMap<RenditionKind, Rendition> m = new EnumMap<>(RenditionKind.class);
        for (RenditionKind k : RenditionKind.values()) {
            m.put(k, r);
        }
        return new FileRecord(
                id,
                teamId,
                createdByKeyId,
                scope,
                type,
                displayName,
                contentType,
                sha256,
                bytes,
                width,
                height,
                durationSeconds,
                m,
                uploadState,
                uploadExpiresAt,
                errorMessage,
                description,
                transcript,
                archivedAt,
                publicPlaybackId,
                sourceToolType,
                sourceToolExecutionId,
                createdAt,
                now);
    }

    public FileRecord withUploadState(UploadState state, String errorMessage, Instant now) {
        return new FileRecord(
                id,
                teamId,
                createdByKeyId,
                scope,
                type,
                displayName,
                contentType,
                sha256,
                bytes,
                width,
                height,
                durationSeconds,
                renditions,
                state,
                uploadExpiresAt,
                errorMessage,
                description,
                transcript,
                archivedAt,
                publicPlaybackId,
                sourceToolType,
                sourceToolExecutionId,
                createdAt,
                now);
    }
}
