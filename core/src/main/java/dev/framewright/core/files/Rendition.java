package dev.framewright.core.files;

import dev.framewright.contract.FileSourceStatus;

/**
 * One stored rendition of a file (download, preview, thumbnail or HLS).
 *
 * @param blobKey key in the {@link BlobStore}; for HLS the key of the playlist, segments beside it
 */
public record Rendition(
        FileSourceStatus status, String blobKey, String contentType, Integer width, Integer height, Long bytes) {

    public static final Rendition PENDING = new Rendition(FileSourceStatus.PENDING, null, null, null, null, null);
    public static final Rendition SKIPPED = new Rendition(FileSourceStatus.SKIPPED, null, null, null, null, null);
    public static final Rendition FAILED = new Rendition(FileSourceStatus.FAILED, null, null, null, null, null);

    public static Rendition ready(String blobKey, String contentType, Integer width, Integer height, long bytes) {
        return new Rendition(FileSourceStatus.READY, blobKey, contentType, width, height, bytes);
    }

    public boolean isReady() {
        return status == FileSourceStatus.READY;
    }
}
