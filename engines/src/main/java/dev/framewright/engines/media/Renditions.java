package dev.framewright.engines.media;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the audio and video renditions share. */
final class Renditions {
    static final String HLS_TYPE = "application/vnd.apple.mpegurl";

    private Renditions() {}

    /** @throws IOException "ffmpeg is not installed" */
    static Path ffmpeg(Programs programs) throws IOException {
        return programs.require("ffmpeg", "");
    }

    /** Bytes of the HLS rendition: the playlist and all its segments. */
    static long hlsBytes(Path outDir) throws IOException {
        long total = Files.size(outDir.resolve("index.m3u8"));
        try (DirectoryStream<Path> segments = Files.newDirectoryStream(outDir, "seg_*.ts")) {
            for (Path segment : segments) {
                total += Files.size(segment);
            }
        }
        return total;
    }
}
