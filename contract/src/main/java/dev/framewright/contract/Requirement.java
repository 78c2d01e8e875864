package dev.framewright.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * What would fix an error, e.g. {@code {"type": "purchase_add_on", "details": {"addOn":
 * "watermark_free"}}} (API.md §7.10, §10.7). {@code details} may be {@code null}.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Requirement(String type, Map<String, String> details) {

    /** The requirement of 403 {@code add_on_required}: the {@code watermark_free} add-on. */
    public static Requirement watermarkFreeAddOn() {
        return new Requirement("purchase_add_on", Map.of("addOn", "watermark_free"));
    }
}
