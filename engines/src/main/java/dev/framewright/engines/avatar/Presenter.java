package dev.framewright.engines.avatar;

import dev.framewright.contract.Gender;
import java.awt.Color;

/**
 * A built-in presenter: an id of the catalogue, a gender to display, and the look the painter draws.
 *
 * @param id {@code vg_pres_<slug>} (API.md §1.4)
 */
public record Presenter(String id, String name, Gender gender, Look look) {
    /** Hair styles the painter knows. */
    public enum Hair {
        SHORT,
        LONG,
        CURLY,
        BUN,
        BOB,
        SHAVED
    }

    /**
     * @param beard whether to draw a short beard
     * @param glasses whether to draw glasses
     */
    public record Look(
            Color skin,
            Color hair,
            Hair hairStyle,
            Color eyes,
            Color lips,
            Color shirt,
            Color backgroundTop,
            Color backgroundBottom,
            boolean beard,
            boolean glasses) {}
}
