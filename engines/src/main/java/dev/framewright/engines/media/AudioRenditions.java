package dev.framewright.engines.media;

import dev.framewright.core.files.Rendition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Audio renditions with ffmpeg (API.md §7.3): an MP3 preview (128 kb/s) and audio-only HLS (AAC in
 * MPEG-TS, 4 s segments). Audio has no thumbnail. Cover art and other streams are dropped.
 */
final class AudioRenditions {
    private final Programs programs;

    AudioRenditions(Programs programs) {
        this.programs = programs;
    }

    Rendition preview(Path source, Path outDir) throws IOException, InterruptedException {
        Path ffmpeg = Renditions.ffmpeg(programs);
        Files.createDirectories(outDir);
        programs.run(
                outDir,
                null,
                audioOnly(ffmpeg, source)
                        .add("-c:a", "libmp3lame", "-b:a", "128k", "preview.mp3")
                        .build());
        return Rendition.ready("preview.mp3", "audio/mpeg", null, null, Files.size(outDir.resolve("preview.mp3")));
    }

    Rendition hls(Path source, Path outDir) throws IOException, InterruptedException {
        Path ffmpeg = Renditions.ffmpeg(programs);
        Files.createDirectories(outDir);
        programs.run(
                outDir,
                null,
                audioOnly(ffmpeg, source)
                        .add(FfmpegCommand.AAC)
                        .add(FfmpegCommand.HLS)
                        .build());
        return Rendition.ready("index.m3u8", Renditions.HLS_TYPE, null, null, Renditions.hlsBytes(outDir));
    }

    private static FfmpegCommand audioOnly(Path ffmpeg, Path source) {
        return FfmpegCommand.of(ffmpeg).input(source).add("-map", "0:a:0", "-vn", "-sn", "-dn");
    }
}
