package dev.framewright.core.files;

import dev.framewright.contract.FileSourceStatus;
import dev.framewright.contract.FileType;
import dev.framewright.core.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a file's derived renditions with the {@link RenditionMaker} and stores them in the {@link
 * BlobStore} under {@code files/<fileId>/…}. A rendition that cannot be built is {@code failed}.
 */
public final class Renditions {
    private static final Logger log = LoggerFactory.getLogger(Renditions.class);

    private final BlobStore blobs;
    private final MediaInspector inspector;
    private final RenditionMaker maker;

    public Renditions(BlobStore blobs, MediaInspector inspector, RenditionMaker maker) {
        this.blobs = blobs;
        this.inspector = inspector;
        this.maker = maker;
    }

    /** The blob key of a file's object {@code name} (e.g. {@code download.png}, {@code hls/index.m3u8}). */
    public static String key(String fileId, String name) {
        return "files/" + fileId + "/" + name;
    }

    public Optional<MediaInfo> inspect(Path file) throws IOException {
        return inspector.inspect(file);
    }

    /** Inspects an engine's output, falling back to what the engine declared. */
    public MediaInfo inspect(Path file, FileType type, String contentType, String extension) throws IOException {
        return inspector
                .inspect(file)
                .filter(i -> i.type() == type)
                .orElse(new MediaInfo(type, contentType, extension, null, null, null));
    }

    /**
     * Builds and stores one derived rendition ({@link RenditionKind#DOWNLOAD} is the original and is
     * not built here).
     */
    public Rendition build(RenditionKind kind, String fileId, Path source, MediaInfo info, Path workDir)
            throws InterruptedException {
        try {
            // the maker creates workDir when it writes: a skipped rendition costs no folder
            Rendition r =
                    switch (kind) {
                        case THUMBNAIL -> maker.thumbnail(source, info, workDir);
                        case PREVIEW -> maker.preview(source, info, workDir);
                        case HLS -> maker.hls(source, info, workDir);
                        case DOWNLOAD -> throw new IllegalArgumentException("download is not a derived rendition");
                    };
            if (r.status() != FileSourceStatus.READY) {
                return r;
            }
            String prefix = kind == RenditionKind.HLS ? "hls/" : "";
            if (kind == RenditionKind.HLS) {
                try (Stream<Path> parts = Files.list(workDir)) {
                    for (Path p : parts.toList()) {
                        blobs.put(key(fileId, prefix + p.getFileName()), p);
                    }
                }
            } else {
                blobs.put(key(fileId, r.blobKey()), workDir.resolve(r.blobKey()));
            }
            return new Rendition(
                    FileSourceStatus.READY,
                    key(fileId, prefix + r.blobKey()),
                    r.contentType(),
                    r.width(),
                    r.height(),
                    r.bytes());
        } catch (IOException | RuntimeException e) {
            log.warn("{} rendition of {} failed: {}", kind.urlName(), fileId, e.getMessage());
            return Rendition.FAILED;
        }
    }

    public static String sha256(Path file) throws IOException {
        MessageDigest md = Hashing.newSha256();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
