package dev.framewright.engines.analysis;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What an image looks like in words: orientation and its dominant colours, by name. */
final class ImageFacts {
    /** A colour name covers at least this share of the opaque pixels to be named. */
    static final double MIN_SHARE = 0.12;

    private static final int SAMPLES = 96;

    enum Colour {
        BLACK,
        WHITE,
        GREY,
        RED,
        ORANGE,
        BROWN,
        YELLOW,
        GREEN,
        TEAL,
        BLUE,
        PURPLE,
        PINK;

        String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private ImageFacts() {}

    static String orientation(int width, int height) {
        if (width * 10 > height * 11) {
            return "landscape";
        }
        return height * 10 > width * 11 ? "portrait" : "square";
    }

    /** The colours covering at least {@link #MIN_SHARE} of the opaque pixels, most first (at most 3). */
    static List<String> dominantColours(BufferedImage image) {
        Map<Colour, Integer> counts = new EnumMap<>(Colour.class);
        int total = 0;
        int stepX = Math.max(1, image.getWidth() / SAMPLES);
        int stepY = Math.max(1, image.getHeight() / SAMPLES);
        for (int y = 0; y < image.getHeight(); y += stepY) {
            for (int x = 0; x < image.getWidth(); x += stepX) {
                int argb = image.getRGB(x, y);
                if ((argb >>> 24) < 128) {
                    continue;
                }
                counts.merge(name(argb), 1, Integer::sum);
                total++;
            }
        }
        List<Map.Entry<Colour, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<Colour, Integer>comparingByValue().reversed());
        List<String> out = new ArrayList<>();
        for (Map.Entry<Colour, Integer> e : sorted) {
            if (out.size() < 3 && e.getValue() >= total * MIN_SHARE) {
                out.add(e.getKey().word());
            }
        }
        return out;
    }

    /** Whether the image has pixels that are not fully opaque. */
    static boolean transparent(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return false;
        }
        int stepX = Math.max(1, image.getWidth() / SAMPLES);
        int stepY = Math.max(1, image.getHeight() / SAMPLES);
        for (int y = 0; y < image.getHeight(); y += stepY) {
            for (int x = 0; x < image.getWidth(); x += stepX) {
                if ((image.getRGB(x, y) >>> 24) < 250) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The name of one colour, by hue, saturation and brightness. */
    static Colour name(int rgb) {
        float[] hsb = java.awt.Color.RGBtoHSB((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, null);
        float hue = hsb[0] * 360;
        float sat = hsb[1];
        float val = hsb[2];
        if (val < 0.18f) {
            return Colour.BLACK;
        }
        if (sat < 0.15f) {
            return val > 0.85f ? Colour.WHITE : Colour.GREY;
        }
        if (hue < 15 || hue >= 345) {
            return sat < 0.45f && val > 0.7f ? Colour.PINK : Colour.RED;
        }
        if (hue < 45) {
            return val < 0.6f ? Colour.BROWN : Colour.ORANGE;
        }
        if (hue < 70) {
            return val < 0.5f ? Colour.BROWN : Colour.YELLOW;
        }
        if (hue < 165) {
            return Colour.GREEN;
        }
        if (hue < 195) {
            return Colour.TEAL;
        }
        if (hue < 255) {
            return Colour.BLUE;
        }
        if (hue < 295) {
            return Colour.PURPLE;
        }
        return Colour.PINK;
    }
}
