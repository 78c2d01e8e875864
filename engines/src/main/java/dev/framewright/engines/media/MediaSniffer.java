package dev.framewright.engines.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;

/**
 * Identifies a media type from a file's first bytes (API.md §10.2): PNG, JPEG, GIF, WebP, SVG;
 * MP4/MOV, WebM; WAV, MP3, OGG, M4A/AAC, FLAC. Never trusts names or declared types. Cheap: reads at
 * most {@value #HEAD_BYTES} bytes, plus a few after an ID3 tag. Thread-safe (stateless).
 */
final class MediaSniffer {
    static final int HEAD_BYTES = 16 * 1024;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] EBML = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3};
    private static final byte[] THEORA = {(byte) 0x80, 't', 'h', 'e', 'o', 'r', 'a'};

    private MediaSniffer() {}

    /** The type of {@code file}, or empty when it is not a recognised media type. */
    static Optional<SniffedType> sniff(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            byte[] head = read(channel, 0, HEAD_BYTES);
            if (startsWith(head, 0, "ID3") && head.length >= 10) {
                return Optional.of(afterId3(channel, head));
            }
            return sniff(head);
        }
    }

    /** The type of content starting with {@code head}, or empty when it is not recognised. */
    static Optional<SniffedType> sniff(byte[] head) {
        SniffedType binary = binary(head);
        if (binary != null) {
            return Optional.of(binary);
        }
        return SvgText.rootTagStart(head) >= 0 ? Optional.of(SniffedType.SVG) : Optional.empty();
    }

    private static SniffedType binary(byte[] h) {
        if (startsWith(h, 0, PNG)) {
            return SniffedType.PNG;
        }
        if (h.length >= 3 && u8(h, 0) == 0xFF && u8(h, 1) == 0xD8 && u8(h, 2) == 0xFF) {
            return SniffedType.JPEG;
        }
        if (startsWith(h, 0, "GIF87a") || startsWith(h, 0, "GIF89a")) {
            return SniffedType.GIF;
        }
        if (startsWith(h, 0, "RIFF")) {
            return startsWith(h, 8, "WEBP") ? SniffedType.WEBP : startsWith(h, 8, "WAVE") ? SniffedType.WAV : null;
        }
        if (startsWith(h, 4, "ftyp")) {
            return IsoBrands.classify(h);
        }
        return containers(h);
    }

    private static SniffedType containers(byte[] h) {
        if (startsWith(h, 0, EBML)) {
            return SniffedType.WEBM;
        }
        if (startsWith(h, 0, "OggS")) {
            return indexOf(h, THEORA) >= 0 ? SniffedType.OGV : SniffedType.OGG;
        }
        if (startsWith(h, 0, "fLaC")) {
            return SniffedType.FLAC;
        }
        if (startsWith(h, 0, "ID3")) {
            return SniffedType.MP3;
        }
        return AudioFrames.classify(h, 0);
    }

    /** An ID3v2 tag can precede MP3, AAC or FLAC data: look past it; MP3 is by far the most common. */
    private static SniffedType afterId3(FileChannel channel, byte[] head) throws IOException {
        long size = 10L
                + ((u8(head, 6) & 0x7F) << 21
                        | (u8(head, 7) & 0x7F) << 14
                        | (u8(head, 8) & 0x7F) << 7
                        | (u8(head, 9) & 0x7F));
        if ((u8(head, 5) & 0x10) != 0) {
            size += 10; // footer present
        }
        byte[] next = read(channel, size, 4);
        if (startsWith(next, 0, "fLaC")) {
            return SniffedType.FLAC;
        }
        return SniffedType.AAC.equals(AudioFrames.classify(next, 0)) ? SniffedType.AAC : SniffedType.MP3;
    }

    private static byte[] read(FileChannel channel, long position, int max) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(max);
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, position + buffer.position());
            if (n < 0) {
                break;
            }
        }
        return Arrays.copyOf(buffer.array(), buffer.position());
    }

    static int u8(byte[] bytes, int index) {
        return bytes[index] & 0xFF;
    }

    static boolean startsWith(byte[] bytes, int offset, String ascii) {
        return startsWith(bytes, offset, ascii.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        return bytes.length >= offset + prefix.length
                && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    private static int indexOf(byte[] bytes, byte[] needle) {
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            if (startsWith(bytes, i, needle)) {
                return i;
            }
        }
        return -1;
    }
}
