package dev.framewright.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A width:height ratio, not pixels (API.md §2.1, §7.8). Both are integers ≥1 once validated; the
 * default is 16:9.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AspectRatio(Integer width, Integer height) {
    /** The default ratio, 16:9. */
    public static final AspectRatio DEFAULT = new AspectRatio(16, 9);
}
