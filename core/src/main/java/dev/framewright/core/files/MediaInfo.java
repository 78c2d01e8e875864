package dev.framewright.core.files;

import dev.framewright.contract.FileType;

/**
 * What the bytes of a file are, as sniffed and probed.
 *
 * @param contentType the MIME type identified from the bytes, e.g. {@code image/png}
 * @param extension the usual file name extension without dot, e.g. {@code png}
 * @param width pixels, for images and videos when known
 * @param durationSeconds for audio and video when known
 */
public record MediaInfo(
        FileType type, String contentType, String extension, Integer width, Integer height, Double durationSeconds) {}
