package dev.framewright.sdk;

import dev.framewright.contract.StorageFile;

/**
 * The server received the bytes of an upload but could not use them: the content is not a supported
 * image, video or audio format, contradicts the declared type, or processing failed (API.md §10.2).
 * Every request succeeded; {@link #file()} is the file with its {@code failed} sources.
 */
public class UploadFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient StorageFile file;

    /** @param file the file whose download and preview sources both failed */
    public UploadFailedException(StorageFile file) {
        super("upload of " + file.fileId() + " (\"" + file.displayName()
                + "\") failed: the server could not read the content as a supported image, video or audio file");
        this.file = file;
    }

    /** The failed file. */
    public StorageFile file() {
        return file;
    }
}
