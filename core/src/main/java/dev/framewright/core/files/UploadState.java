package dev.framewright.core.files;

/** Where an API upload stands; outputs of tools are created {@link #READY}. */
public enum UploadState {
    /** Waiting for the bytes to be PUT to the upload URL. */
    AWAITING_BYTES,
    /** Bytes stored; sniffing, probing and renditions under way. */
    PROCESSING,
    READY,
    FAILED
}
