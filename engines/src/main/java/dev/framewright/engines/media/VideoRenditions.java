package dev.framewright.engines.media;

import dev.framewright.core.files.MediaInfo;
import dev.framewright.core.files.Rendition;
import java.awt.Dimension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Video renditions with ffmpeg (API.md §7.3): a JPEG frame from 10% in, fitting 256²; an MP4
 * (H.264/AAC, short side ≤ 720, fast start) preview; and private HLS (H.264/AAC in MPEG-TS, 4 s
 * segments with a key frame at each boundary).
 */
final class VideoRenditions {
    static final double THUMBNAIL_AT = 0.10;
    static final String THUMBNAIL_SCALE = "scale=w='min(256,iw)':h='min(256,ih)':force_original_aspect_ratio=decrease";
    private static final String KEY_FRAMES = "expr:gte(t,n_forced*4)";

    private final Programs programs;

    VideoRenditions(Programs programs) {
        this.programs = programs;
    }

    Rendition thumbnail(Path source, MediaInfo info, Path outDir) throws IOException, InterruptedException {
        Path ffmpeg = Renditions.ffmpeg(programs);
        Files.createDirectories(outDir);
        Path jpeg = outDir.resolve("thumbnail.jpg");
        double at = info.durationSeconds() == null ? 0 : info.durationSeconds() * THUMBNAIL_AT;
        grabFrame(ffmpeg, source, at, outDir);
        if (at > 0 && (!Files.exists(jpeg) || Files.size(jpeg) == 0)) {
            grabFrame(ffmpeg, source, 0, outDir); // the duration was wrong: seeking went past the end
        }
        Dimension size = ImageProbe.rasterSize(jpeg).orElseThrow(() -> new IOException("ffmpeg found no frame"));
        return Rendition.ready("thumbnail.jpg", "image/jpeg", size.width, size.height, Files.size(jpeg));
    }

    private void grabFrame(Path ffmpeg, Path source, double at, Path outDir) throws IOException, InterruptedException {
        programs.run(
                outDir,
                null,
                FfmpegCommand.of(ffmpeg)
                        .add("-ss", String.format(Locale.ROOT, "%.3f", at))
                        .input(source)
                        .add("-map", "0:v:0", "-frames:v", "1", "-vf", THUMBNAIL_SCALE, "-q:v", "3")
                        .add("thumbnail.jpg")
                        .build());
    }

    Rendition preview(Path source, MediaInfo info, Path outDir) throws IOException, InterruptedException {
        Path ffmpeg = Renditions.ffmpeg(programs);
        Files.createDirectories(outDir);
        programs.run(
                outDir,
                null,
                encode(ffmpeg, source)
                        .add("-movflags", "+faststart", "preview.mp4")
                        .build());
        Dimension size = previewSize(info);
        return Rendition.ready(
                "preview.mp4", "video/mp4", width(size), height(size), Files.size(outDir.resolve("preview.mp4")));
    }

    Rendition hls(Path source, MediaInfo info, Path outDir) throws IOException, InterruptedException {
        Path ffmpeg = Renditions.ffmpeg(programs);
        Files.createDirectories(outDir);
        programs.run(
                outDir,
                null,
                encode(ffmpeg, source)
                        .add("-force_key_frames", KEY_FRAMES)
                        .add(FfmpegCommand.HLS)
                        .build());
        Dimension size = previewSize(info);
        return Rendition.ready(
                "index.m3u8", Renditions.HLS_TYPE, width(size), height(size), Renditions.hlsBytes(outDir));
    }

    private static FfmpegCommand encode(Path ffmpeg, Path source) {
        return FfmpegCommand.of(ffmpeg)
                .input(source)
                .add("-map", "0:v:0", "-map", "0:a:0?", "-sn", "-dn", "-vf", FfmpegCommand.SHORT_SIDE_720)
                .add(FfmpegCommand.H264)
                .add(FfmpegCommand.AAC);
    }

    /**
     * The size {@link FfmpegCommand#SHORT_SIDE_720} produces, computed as ffmpeg's scale filter does
     * (the free side rescaled with rounding to an even number); null when the source size is unknown.
     */
    static Dimension previewSize(MediaInfo info) {
        if (info.width() == null || info.height() == null) {
            return null;
        }
        long w = info.width();
        long h = info.height();
        if (w >= h) {
            long outH = 2 * (Math.min(720, h) / 2);
            return new Dimension((int) (rescale(outH, w, h * 2) * 2), (int) outH);
        }
        long outW = 2 * (Math.min(720, w) / 2);
        return new Dimension((int) outW, (int) (rescale(outW, h, w * 2) * 2));
    }

    /** {@code a * b / c} rounded half up, like {@code av_rescale}. */
    private static long rescale(long a, long b, long c) {
        return (a * b + c / 2) / c;
    }

    private static Integer width(Dimension size) {
        return size == null ? null : size.width;
    }

    private static Integer height(Dimension size) {
        return size == null ? null : size.height;
    }
}
