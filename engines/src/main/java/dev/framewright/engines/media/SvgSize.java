package dev.framewright.engines.media;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The intrinsic size of an SVG in CSS pixels, read leniently from the root element: {@code width} and
 * {@code height} (px, unitless, pt, pc, in, cm, mm), completed from {@code viewBox} when one is
 * missing or relative (%, em).
 *
 * @param width null when unknown
 * @param height null when unknown
 */
record SvgSize(Integer width, Integer height) {
    static final SvgSize UNKNOWN = new SvgSize(null, null);
    private static final int MAX_SIDE = 1_000_000;
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s([A-Za-z_:][-\\w:.]*)\\s*=\\s*([\"'])(.*?)\\2");
    private static final Pattern LENGTH =
            Pattern.compile("\\s*([+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*(px|pt|pc|in|cm|mm)?\\s*");
    private static final Map<String, Double> PX_PER_UNIT =
            Map.of("px", 1.0, "pt", 4.0 / 3, "pc", 16.0, "in", 96.0, "cm", 96 / 2.54, "mm", 96 / 25.4);

    /** The size declared by the root tag at the start of {@code head}; {@link #UNKNOWN} when none. */
    static SvgSize of(byte[] head) {
        String tag = SvgText.rootTag(head);
        if (tag == null) {
            return UNKNOWN;
        }
        Map<String, String> attributes = attributes(tag);
        Double w = length(attributes.get("width"));
        Double h = length(attributes.get("height"));
        double[] viewBox = viewBox(attributes.get("viewBox"));
        if (viewBox != null) {
            double aspect = viewBox[1] / viewBox[0];
            w = w != null ? w : h != null ? h / aspect : viewBox[0];
            h = h != null ? h : w * aspect;
        }
        return w == null || h == null ? UNKNOWN : new SvgSize(pixels(w), pixels(h));
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> out = new HashMap<>();
        Matcher m = ATTRIBUTE.matcher(tag);
        while (m.find()) {
            out.putIfAbsent(m.group(1), m.group(3));
        }
        return out;
    }

    private static Double length(String value) {
        Matcher m = value == null ? null : LENGTH.matcher(value);
        if (m == null || !m.matches()) {
            return null;
        }
        double px = Double.parseDouble(m.group(1)) * PX_PER_UNIT.getOrDefault(unit(m.group(2)), 1.0);
        return px > 0 && Double.isFinite(px) ? px : null;
    }

    private static String unit(String unit) {
        return unit == null ? "px" : unit.toLowerCase(Locale.ROOT);
    }

    private static double[] viewBox(String value) {
        if (value == null) {
            return null;
        }
        String[] parts = value.strip().split("[\\s,]+");
        try {
            double w = parts.length == 4 ? Double.parseDouble(parts[2]) : -1;
            double h = parts.length == 4 ? Double.parseDouble(parts[3]) : -1;
            return w > 0 && h > 0 && Double.isFinite(w) && Double.isFinite(h) ? new double[] {w, h} : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int pixels(double value) {
        return (int) Math.max(1, Math.min(MAX_SIDE, Math.round(value)));
    }
}
