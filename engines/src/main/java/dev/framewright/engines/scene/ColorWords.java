package dev.framewright.engines.scene;

import java.awt.Color;
import java.util.Map;
import java.util.Optional;

/**
 * Colour names a prompt may use, as hue (degrees), saturation and brightness. Modifiers ({@code
 * light}, {@code dark}…) shift brightness and saturation. Achromatic names (white, black, grey) have
 * saturation 0.
 */
public final class ColorWords {
    /** A named colour in HSB: hue 0–360, saturation and brightness 0–1. */
    public record Hsb(String name, float hue, float saturation, float brightness) {
        Color color() {
            return Color.getHSBColor(hue / 360f, saturation, brightness);
        }

        public boolean chromatic() {
            return saturation >= 0.15f;
        }

        Hsb shifted(float dSat, float dBright) {
            return new Hsb(name, hue, clamp(saturation + dSat), clamp(brightness + dBright));
        }
    }

    private static final Map<String, Hsb> NAMES = Map.ofEntries(
            e("red", 2, 0.85f, 0.85f),
            e("crimson", 348, 0.85f, 0.75f),
            e("scarlet", 6, 0.9f, 0.9f),
            e("maroon", 355, 0.8f, 0.45f),
            e("coral", 14, 0.65f, 0.95f),
            e("salmon", 10, 0.5f, 0.95f),
            e("orange", 28, 0.9f, 0.95f),
            e("amber", 42, 0.9f, 0.95f),
            e("peach", 25, 0.4f, 1f),
            e("brown", 25, 0.7f, 0.45f),
            e("gold", 46, 0.85f, 0.9f),
            e("golden", 46, 0.85f, 0.9f),
            e("yellow", 55, 0.85f, 0.95f),
            e("beige", 40, 0.25f, 0.9f),
            e("olive", 65, 0.7f, 0.5f),
            e("lime", 90, 0.8f, 0.85f),
            e("green", 125, 0.7f, 0.7f),
            e("emerald", 145, 0.75f, 0.7f),
            e("mint", 150, 0.35f, 0.95f),
            e("teal", 178, 0.8f, 0.6f),
            e("turquoise", 172, 0.7f, 0.85f),
            e("cyan", 186, 0.8f, 0.9f),
            e("azure", 205, 0.7f, 0.95f),
            e("blue", 218, 0.8f, 0.85f),
            e("navy", 228, 0.85f, 0.4f),
            e("indigo", 255, 0.75f, 0.55f),
            e("violet", 272, 0.65f, 0.85f),
            e("lavender", 268, 0.3f, 0.95f),
            e("purple", 282, 0.75f, 0.7f),
            e("magenta", 305, 0.8f, 0.85f),
            e("pink", 335, 0.45f, 0.98f),
            e("rose", 342, 0.6f, 0.9f),
            e("white", 0, 0f, 0.97f),
            e("silver", 0, 0f, 0.78f),
            e("grey", 0, 0f, 0.55f),
            e("gray", 0, 0f, 0.55f),
            e("black", 0, 0f, 0.08f));

    private ColorWords() {}

    private static Map.Entry<String, Hsb> e(String name, float hue, float sat, float bright) {
        return Map.entry(name, new Hsb(name, hue, sat, bright));
    }

    /** The colour named by {@code word} (lower case), adjusted by the word before it, if any. */
    static Optional<Hsb> lookup(String word, String previous) {
        Hsb base = NAMES.get(word);
        if (base == null) {
            return Optional.empty();
        }
        return Optional.of(
                switch (previous == null ? "" : previous) {
                    case "light", "pale", "pastel", "soft" -> base.shifted(-0.3f, 0.15f);
                    case "dark", "deep" -> base.shifted(0.05f, -0.3f);
                    case "bright", "neon", "vivid" -> base.shifted(0.15f, 0.1f);
                    default -> base;
                });
    }

    static float clamp(float v) {
        return Math.max(0f, Math.min(1f, v));
    }
}
