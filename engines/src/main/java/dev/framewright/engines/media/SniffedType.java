package dev.framewright.engines.media;

import dev.framewright.contract.FileType;
import dev.framewright.core.files.MediaInfo;

/**
 * What a file's first bytes say it is.
 *
 * @param contentType the MIME type, e.g. {@code image/png}
 * @param extension the usual extension without dot, e.g. {@code png}
 */
record SniffedType(FileType type, String contentType, String extension) {
    static final SniffedType PNG = image("image/png", "png");
    static final SniffedType JPEG = image("image/jpeg", "jpg");
    static final SniffedType GIF = image("image/gif", "gif");
    static final SniffedType WEBP = image("image/webp", "webp");
    static final SniffedType SVG = image("image/svg+xml", "svg");
    static final SniffedType MP4 = new SniffedType(FileType.VIDEO, "video/mp4", "mp4");
    static final SniffedType MOV = new SniffedType(FileType.VIDEO, "video/quicktime", "mov");
    static final SniffedType WEBM = new SniffedType(FileType.VIDEO, "video/webm", "webm");
    static final SniffedType OGV = new SniffedType(FileType.VIDEO, "video/ogg", "ogv");
    static final SniffedType WAV = audio("audio/wav", "wav");
    static final SniffedType MP3 = audio("audio/mpeg", "mp3");
    static final SniffedType OGG = audio("audio/ogg", "ogg");
    static final SniffedType M4A = audio("audio/mp4", "m4a");
    static final SniffedType AAC = audio("audio/aac", "aac");
    static final SniffedType FLAC = audio("audio/flac", "flac");
    static final SniffedType WEBA = audio("audio/webm", "weba");

    /** This type with probed facts. */
    MediaInfo withFacts(Integer width, Integer height, Double durationSeconds) {
        return new MediaInfo(type, contentType, extension, width, height, durationSeconds);
    }

    /**
     * The audio-only variant of a video container (an MP4 or WebM without a picture track), or this
     * type when there is none.
     */
    SniffedType asAudioOnly() {
        if (equals(MP4) || equals(MOV)) {
            return M4A;
        }
        return equals(WEBM) ? WEBA : equals(OGV) ? OGG : this;
    }

    private static SniffedType image(String contentType, String extension) {
        return new SniffedType(FileType.IMAGE, contentType, extension);
    }

    private static SniffedType audio(String contentType, String extension) {
        return new SniffedType(FileType.AUDIO, contentType, extension);
    }
}
