package dev.framewright.engines.media;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Builds an ffmpeg command line: quiet, never interactive, overwriting its outputs. */
final class FfmpegCommand {
    /** Video: H.264 that every browser and HLS player decodes. */
    static final List<String> H264 =
            List.of("-c:v", "libx264", "-preset", "veryfast", "-crf", "23", "-pix_fmt", "yuv420p");

    static final List<String> AAC = List.of("-c:a", "aac", "-b:a", "128k");

    /**
     * Short side at most 720 px, never enlarged, both sides even (x264 with 4:2:0 needs them even);
     * the long side follows the aspect ratio.
     */
    static final String SHORT_SIDE_720 =
            "scale=w='if(gte(iw,ih),-2,2*trunc(min(720,iw)/2))'" + ":h='if(gte(iw,ih),2*trunc(min(720,ih)/2),-2)'";

    /** Private VOD HLS in the working folder: {@code index.m3u8} and {@code seg_000.ts}, … of 4 s. */
    static final List<String> HLS = List.of(
            "-f",
            "hls",
            "-hls_time",
            "4",
            "-hls_playlist_type",
            "vod",
            "-hls_segment_filename",
            "seg_%03d.ts",
            "index.m3u8");

    private final List<String> args = new ArrayList<>();

    private FfmpegCommand(Path ffmpeg) {
        Collections.addAll(args, ffmpeg.toString(), "-nostdin", "-hide_banner", "-loglevel", "error", "-y");
    }

    static FfmpegCommand of(Path ffmpeg) {
        return new FfmpegCommand(ffmpeg);
    }

    /** The {@code file:} protocol keeps ffmpeg from reading a name as a URL or device. */
    FfmpegCommand input(Path source) {
        Collections.addAll(args, "-i", "file:" + source.toAbsolutePath());
        return this;
    }

    FfmpegCommand add(String... more) {
        Collections.addAll(args, more);
        return this;
    }

    FfmpegCommand add(List<String> more) {
        args.addAll(more);
        return this;
    }

    List<String> build() {
        return List.copyOf(args);
    }
}
