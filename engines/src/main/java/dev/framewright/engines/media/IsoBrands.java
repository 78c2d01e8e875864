package dev.framewright.engines.media;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Reads the {@code ftyp} box of ISO base media files (MP4, MOV, M4A, 3GP) and tells audio from video
 * by brand. The major brand decides; compatible brands are consulted only when it is unknown. HEIF
 * and AVIF images share the box and are not supported.
 */
final class IsoBrands {
    private static final Set<String> AUDIO = Set.of("M4A ", "M4B ", "M4P ", "F4A ", "F4B ");
    private static final Set<String> QUICKTIME = Set.of("qt  ");
    private static final Set<String> VIDEO = Set.of(
            "isom", "iso2", "iso3", "iso4", "iso5", "iso6", "iso7", "iso8", "iso9", "mp41", "mp42", "mp71", "avc1",
            "avc2", "hvc1", "hev1", "av01", "M4V ", "M4VH", "M4VP", "dash", "msnv", "MSNV", "3gp4", "3gp5", "3gp6",
            "3gp7", "3gs7", "3g2a", "3g2b", "3g2c", "mmp4", "f4v ", "XAVC", "NDAS");
    private static final Set<String> STILL_IMAGE =
            Set.of("heic", "heix", "heim", "heis", "hevx", "mif1", "msf1", "avif", "avis", "jpeg", "jp2 ");

    private IsoBrands() {}

    /** The type named by the brands of the {@code ftyp} box at the start of {@code h}, or null. */
    static SniffedType classify(byte[] h) {
        if (h.length < 12) {
            return null;
        }
        SniffedType major = byBrand(brand(h, 8));
        if (major != null || STILL_IMAGE.contains(brand(h, 8))) {
            return major;
        }
        long boxSize = (long) MediaSniffer.u8(h, 0) << 24
                | MediaSniffer.u8(h, 1) << 16
                | MediaSniffer.u8(h, 2) << 8
                | MediaSniffer.u8(h, 3);
        int end = (int) Math.min(Math.max(boxSize, 16), h.length);
        for (int i = 16; i + 4 <= end; i += 4) {
            SniffedType compatible = byBrand(brand(h, i));
            if (compatible != null) {
                return compatible;
            }
        }
        return null;
    }

    private static SniffedType byBrand(String brand) {
        if (AUDIO.contains(brand)) {
            return SniffedType.M4A;
        }
        if (QUICKTIME.contains(brand)) {
            return SniffedType.MOV;
        }
        return VIDEO.contains(brand) ? SniffedType.MP4 : null;
    }

    private static String brand(byte[] h, int offset) {
        return new String(h, offset, 4, StandardCharsets.ISO_8859_1);
    }
}
