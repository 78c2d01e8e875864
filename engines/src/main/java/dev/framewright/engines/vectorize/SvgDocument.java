package dev.framewright.engines.vectorize;

/**
 * A compact SVG of stacked colour layers: {@code viewBox="0 0 W H"} in pixels, an optional
 * background {@code <rect>}, then one {@code <path>} per colour inside one group that maps potrace's
 * units (tenths of a pixel, y upwards) onto the pixel grid.
 */
final class SvgDocument {
    private final int width;
    private final int height;
    private final StringBuilder background = new StringBuilder();
    private final StringBuilder layers = new StringBuilder();
    private String extra = "";

    SvgDocument(int width, int height) {
        this.width = width;
        this.height = height;
    }

    void background(int rgb) {
        background
                .append("<rect width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" fill=\"")
                .append(hex(rgb))
                .append("\"/>");
    }

    /** Adds a layer; an empty path (nothing traced) adds nothing. */
    void layer(int rgb, String pathData) {
        if (!pathData.isEmpty()) {
            layers.append("<path fill=\"")
                    .append(hex(rgb))
                    .append("\" d=\"")
                    .append(pathData)
                    .append("\"/>");
        }
    }

    void extra(String markup) {
        extra = markup;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(background.length() + layers.length() + extra.length() + 200);
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\">")
                .append(background);
        if (!layers.isEmpty()) {
            s.append("<g transform=\"matrix(.1 0 0 -.1 0 ")
                    .append(height)
                    .append(")\">")
                    .append(layers)
                    .append("</g>");
        }
        return s.append(extra).append("</svg>\n").toString();
    }

    /** {@code #rgb} when each channel's two digits repeat, else {@code #rrggbb}. */
    static String hex(int rgb) {
        String full = String.format("%06x", rgb & 0xFFFFFF);
        if (full.charAt(0) == full.charAt(1) && full.charAt(2) == full.charAt(3) && full.charAt(4) == full.charAt(5)) {
            return "#" + full.charAt(0) + full.charAt(2) + full.charAt(4);
        }
        return "#" + full;
    }
}
