package dev.framewright.engines.media;

import static dev.framewright.engines.media.MediaSniffer.u8;

/** Recognises the frame headers of raw MPEG audio streams: AAC in ADTS and MPEG layer I–III (MP3). */
final class AudioFrames {
    private AudioFrames() {}

    /** {@link SniffedType#AAC}, {@link SniffedType#MP3} or null for the 4 bytes at {@code offset}. */
    static SniffedType classify(byte[] h, int offset) {
        if (h.length < offset + 4 || u8(h, offset) != 0xFF) {
            return null;
        }
        int b1 = u8(h, offset + 1);
        int b2 = u8(h, offset + 2);
        if ((b1 & 0xF6) == 0xF0) { // ADTS: 12-bit sync, layer 00 (0xFFF1, 0xFFF9, or with CRC)
            return ((b2 >> 2) & 0x0F) < 13 ? SniffedType.AAC : null;
        }
        boolean sync = (b1 & 0xE0) == 0xE0;
        boolean version = ((b1 >> 3) & 0x03) != 1;
        boolean layer = ((b1 >> 1) & 0x03) != 0;
        boolean bitrate = (b2 >> 4) != 0x0F;
        boolean sampleRate = ((b2 >> 2) & 0x03) != 3;
        return sync && version && layer && bitrate && sampleRate ? SniffedType.MP3 : null;
    }
}
