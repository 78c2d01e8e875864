package dev.framewright.store.jdbc;

import static dev.framewright.store.jdbc.Fixtures.T0;
import static dev.framewright.store.jdbc.Fixtures.at;

import dev.framewright.contract.FileScope;
import dev.framewright.contract.FileSourceStatus;
import dev.framewright.contract.FileType;
import dev.framewright.contract.IdPrefix;
import dev.framewright.contract.ToolType;
import dev.framewright.core.files.FileRecord;
import dev.framewright.core.files.Rendition;
import dev.framewright.core.files.RenditionKind;
import dev.framewright.core.files.UploadState;
import java.time.Instant;
import java.util.Map;

/** Builds {@link FileRecord}s: by default a minimal ready image with every optional field null. */
final class FileBuilder {
    private final String id;
    private final String teamId;
    private String createdByKeyId;
    private FileScope scope = FileScope.GLOBAL;
    private FileType type = FileType.IMAGE;
    private String displayName = "photo.png";
    private String contentType;
    private String sha256;
    private Long bytes;
    private Integer width;
    private Integer height;
    private Double durationSeconds;
    private Map<RenditionKind, Rendition> renditions = Map.of();
    private UploadState uploadState = UploadState.READY;
    private Instant uploadExpiresAt;
    private String errorMessage;
    private String description;
    private String transcript;
    private Instant archivedAt;
    private String publicPlaybackId;
    private ToolType sourceToolType;
    private String sourceToolExecutionId;
    private Instant createdAt = T0;
    private Instant updatedAt = T0;

    FileBuilder(String id, String teamId) {
        this.id = id;
        this.teamId = teamId;
    }

    /** Every field set, with values that stress the encoding (long sizes, non-ASCII, mixed renditions). */
    FileBuilder complete() {
        createdByKeyId = Fixtures.nextId(IdPrefix.API_KEY);
        scope = FileScope.TEMPORARY;
        type = FileType.VIDEO;
        displayName = "clip \"final\" – Kätzchen 🐱.mp4";
        contentType = "video/mp4";
        sha256 = "ab".repeat(32);
        bytes = 5_000_000_000L;
        width = 1920;
        height = 1080;
        durationSeconds = 12.345;
        renditions = Map.of(
                RenditionKind.DOWNLOAD,
                Rendition.ready(id + "/original", "video/mp4", 1920, 1080, 5_000_000_000L),
                RenditionKind.PREVIEW,
                new Rendition(FileSourceStatus.READY, id + "/preview", "video/mp4", null, 720, 12L),
                RenditionKind.THUMBNAIL,
                Rendition.FAILED,
                RenditionKind.HLS,
                Rendition.SKIPPED);
        uploadExpiresAt = at(3600);
        errorMessage = "an earlier attempt failed";
        description = "A cat, {\"json\": true}";
        transcript = "meow\nmeow";
        publicPlaybackId = "vg_play_" + id.substring(id.length() - 22);
        sourceToolType = ToolType.GENERATE_VIDEO_CLIP;
        sourceToolExecutionId = Fixtures.nextId(IdPrefix.EXECUTION);
        createdAt = at(-60);
        updatedAt = at(5);
        return this;
    }

    FileBuilder awaitingBytes(Instant urlExpiresAt) {
        uploadState = UploadState.AWAITING_BYTES;
        uploadExpiresAt = urlExpiresAt;
        return this;
    }

    FileBuilder uploadState(UploadState state) {
        uploadState = state;
        return this;
    }

    FileBuilder scope(FileScope s) {
        scope = s;
        return this;
    }

    FileBuilder createdBy(String keyId) {
        createdByKeyId = keyId;
        return this;
    }

    FileBuilder createdAt(Instant at) {
        createdAt = at;
        return this;
    }

    FileBuilder updatedAt(Instant at) {
        updatedAt = at;
        return this;
    }

    FileBuilder archivedAt(Instant at) {
        archivedAt = at;
        return this;
    }

    FileBuilder publicPlaybackId(String playbackId) {
        publicPlaybackId = playbackId;
        return this;
    }

    FileBuilder sourceExecution(String executionId) {
        sourceToolType = ToolType.GENERATE_IMAGE;
        sourceToolExecutionId = executionId;
        return this;
    }

    FileRecord build() {
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
                updatedAt);
    }
}
