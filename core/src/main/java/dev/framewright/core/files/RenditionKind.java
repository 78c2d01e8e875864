package dev.framewright.core.files;

import java.util.Locale;
import java.util.Optional;

/** The renditions every file has (API.md §7.3), named as they appear in media URLs. */
public enum RenditionKind {
    DOWNLOAD,
    PREVIEW,
    THUMBNAIL,
    HLS;

    public String urlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RenditionKind> fromUrlName(String s) {
        for (RenditionKind k : values()) {
            if (k.urlName().equals(s)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
